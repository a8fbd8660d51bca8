package org.homeownership.recovery.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The money laws of splitting, proved on random inputs, and worked examples. */
class PenceSplitterTest {

  private static final long LARGE = 1_000_000_000_000_000L; // ten thousand billion pounds

  /** Amounts from large credits to large debits, with small amounts and zero well represented. */
  private static Gen<Long> amounts() {
    return longs()
        .between(-LARGE, LARGE)
        .mix(longs().between(-1000, 1000), 40)
        .mix(longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE), 5);
  }

  /** Weights: whole numbers or decimals of up to 4 places, zeros common, at least one non-zero. */
  private static Gen<Map<String, Number>> weights() {
    Gen<Number> whole = longs().between(0, 2_000_000).map(w -> (Number) w);
    Gen<Number> decimal =
        longs().between(0, 10_000_000).map(w -> (Number) BigDecimal.valueOf(w, 4));
    Gen<Number> zero = longs().between(0, 0).map(w -> (Number) w);
    Gen<Number> weight = whole.mix(decimal, 40).mix(zero, 20);
    return lists()
        .of(weight)
        .ofSizeBetween(1, 40)
        .assuming(list -> list.stream().anyMatch(w -> new BigDecimal(w.toString()).signum() > 0))
        .map(PenceSplitterTest::keyed);
  }

  private static Map<String, Number> keyed(List<Number> weights) {
    Map<String, Number> keyed = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      keyed.put(String.format("flat-%03d", i), weights.get(i));
    }
    return keyed;
  }

  @Test
  void sharesAlwaysSumToTheAmount() {
    qt().forAll(amounts(), weights())
        .checkAssert(
            (pence, weights) -> {
              for (ResiduePolicy<String> policy : policies(weights)) {
                Split<String> split = PenceSplitter.split(Money.ofPence(pence), weights, policy);
                long sum = split.shares().values().stream().mapToLong(Money::pence).sum();
                assertThat(sum).as(policy.describe()).isEqualTo(pence);
              }
            });
  }

  @Test
  void largestRemainderKeepsEveryShareWithinOnePennyOfItsExactProportion() {
    qt().forAll(amounts(), weights())
        .checkAssert(
            (pence, weights) -> {
              Split<String> split =
                  PenceSplitter.split(
                      Money.ofPence(pence), weights, ResiduePolicy.largestRemainder());
              weights.forEach(
                  (key, weight) ->
                      assertThat(withinOnePenny(split, key, weight))
                          .as("share of %s", key)
                          .isTrue());
            });
  }

  @Test
  void halfUpKeepsEveryShareButTheBearersWithinHalfAPenny() {
    qt().forAll(amounts(), weights())
        .checkAssert(
            (pence, weights) -> {
              String bearer = firstPositiveKey(weights);
              Split<String> split =
                  PenceSplitter.split(
                      Money.ofPence(pence), weights, ResiduePolicy.halfUpWithResidueTo(bearer));
              weights.forEach(
                  (key, weight) -> {
                    if (!key.equals(bearer)) {
                      assertThat(withinHalfAPenny(split, key, weight))
                          .as("share of %s", key)
                          .isTrue();
                    }
                  });
            });
  }

  @Test
  void theResultNeverDependsOnTheOrderOfTheWeights() {
    qt().forAll(amounts(), weights(), longs().all())
        .checkAssert(
            (pence, weights, seed) -> {
              List<Map.Entry<String, Number>> entries = new ArrayList<>(weights.entrySet());
              Collections.shuffle(entries, new Random(seed));
              Map<String, Number> shuffled = new LinkedHashMap<>();
              entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
              for (ResiduePolicy<String> policy : policies(weights)) {
                assertThat(PenceSplitter.split(Money.ofPence(pence), shuffled, policy).shares())
                    .containsExactlyEntriesOf(
                        PenceSplitter.split(Money.ofPence(pence), weights, policy).shares());
              }
            });
  }

  @Test
  void aCreditSplitsAsTheNegatedDebit() {
    qt().forAll(amounts(), weights())
        .checkAssert(
            (pence, weights) -> {
              for (ResiduePolicy<String> policy : policies(weights)) {
                Split<String> debit = PenceSplitter.split(Money.ofPence(pence), weights, policy);
                Split<String> credit =
                    PenceSplitter.split(Money.ofPence(pence).negate(), weights, policy);
                debit
                    .shares()
                    .forEach(
                        (key, share) -> assertThat(credit.share(key)).isEqualTo(share.negate()));
              }
            });
  }

  @Test
  void zeroWeightsGetNothingAndASingleWeightGetsEverything() {
    qt().forAll(amounts(), integers().between(1, 30))
        .checkAssert(
            (pence, zeros) -> {
              Map<String, Number> weights = new LinkedHashMap<>();
              for (int i = 0; i < zeros; i++) {
                weights.put("empty-" + i, 0);
              }
              weights.put("only", new BigDecimal("0.0001"));
              Split<String> split =
                  PenceSplitter.split(
                      Money.ofPence(pence), weights, ResiduePolicy.largestRemainder());
              assertThat(split.share("only").pence()).isEqualTo(pence);
              split
                  .shares()
                  .forEach(
                      (key, share) -> {
                        if (!key.equals("only")) {
                          assertThat(share).isEqualTo(Money.ZERO);
                        }
                      });
            });
  }

  @Test
  void rerunningGivesTheSameShares() {
    qt().forAll(amounts(), weights())
        .checkAssert(
            (pence, weights) ->
                assertThat(
                        PenceSplitter.split(
                            Money.ofPence(pence), weights, ResiduePolicy.largestRemainder()))
                    .isEqualTo(
                        PenceSplitter.split(
                            Money.ofPence(pence), weights, ResiduePolicy.largestRemainder())));
  }

  @Test
  void largestRemainderWorkedExample() {
    // £100.00 over three equal flats: 33.33 each and one penny left; equal remainders, so the
    // penny goes to the smallest key.
    Split<String> split =
        PenceSplitter.split(
            Money.parse("100.00"),
            Map.of("flat-1", 1, "flat-2", 1, "flat-3", 1),
            ResiduePolicy.largestRemainder());
    assertThat(split.shares().values())
        .containsExactly(Money.parse("33.34"), Money.parse("33.33"), Money.parse("33.33"));
    assertThat(split.exactShare("flat-2")).isEqualByComparingTo("33.333333333333333333");
    assertThat(split.policy().describe()).isEqualTo("largest remainder, ties to the smaller key");
  }

  @Test
  void largestRemainderGivesThePennyToTheLargestFraction() {
    // Bedroom weights 3.0 / 4.0 / 4.5 over £10.00: exact 2.6087, 3.4783, 3.9130 -> floors 2.60,
    // 3.47, 3.91 (sum 9.98); the two pence go to the largest remainders: .87 (a) and .83 (b).
    Split<String> split =
        PenceSplitter.split(
            Money.parse("10.00"),
            Map.of(
                "a", new BigDecimal("3.0"), "b", new BigDecimal("4.0"), "c", new BigDecimal("4.5")),
            ResiduePolicy.largestRemainder());
    assertThat(split.share("a")).isEqualTo(Money.parse("2.61"));
    assertThat(split.share("b")).isEqualTo(Money.parse("3.48"));
    assertThat(split.share("c")).isEqualTo(Money.parse("3.91"));
  }

  @Test
  void halfUpGivesTheResidueToTheBearerEvenWhenItIsNegative() {
    // £0.02 over three equal shares: each rounds half-up from 0.667p to 1p, 3p in all, so the
    // bearer gives back a penny.
    Split<String> split =
        PenceSplitter.split(
            Money.ofPence(2),
            Map.of("council", 1, "flat-1", 1, "flat-2", 1),
            ResiduePolicy.halfUpWithResidueTo("council"));
    assertThat(split.share("council")).isEqualTo(Money.ZERO);
    assertThat(split.share("flat-1")).isEqualTo(Money.ofPence(1));
    assertThat(split.share("flat-2")).isEqualTo(Money.ofPence(1));
    assertThat(split.policy().describe()).isEqualTo("round half up, residue to council");
  }

  @Test
  void halfUpNearTheLargestAmountDoesNotOverflow() {
    // Found by the property test: the rounded shares may sum to more than the amount before the
    // bearer gives the residue back, which once overflowed a long near Long.MAX_VALUE pence.
    Map<String, Number> weights = new LinkedHashMap<>();
    weights.put("flat-003", new BigDecimal("0.0021"));
    weights.put("flat-010", new BigDecimal("0.0145"));
    weights.put("flat-013", new BigDecimal("0.0146"));
    weights.put("flat-016", 231);
    weights.put("flat-019", new BigDecimal("0.0014"));
    Money amount = Money.ofPence(Long.MAX_VALUE - 1);

    Split<String> split =
        PenceSplitter.split(amount, weights, ResiduePolicy.halfUpWithResidueTo("flat-016"));

    long sum = split.shares().values().stream().mapToLong(Money::pence).reduce(0, Math::addExact);
    assertThat(sum).isEqualTo(amount.pence());
  }

  @Test
  void refusesWeightsThatCannotBeSplitAndNamesThem() {
    Money amount = Money.parse("10.00");
    assertThatThrownBy(
            () -> PenceSplitter.split(amount, Map.of("a", -1), ResiduePolicy.largestRemainder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight for a is negative: -1");
    assertThatThrownBy(
            () -> PenceSplitter.split(amount, Map.of("a", 0.5), ResiduePolicy.largestRemainder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weight for a is a Double; use a whole number or BigDecimal, never floating point");
    assertThatThrownBy(
            () ->
                PenceSplitter.split(
                    amount, Map.of("a", 0, "b", 0), ResiduePolicy.largestRemainder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split £10.00: the weights total zero");
    assertThatThrownBy(
            () ->
                PenceSplitter.split(
                    amount, Map.<String, Number>of(), ResiduePolicy.largestRemainder()))
        .hasMessage("cannot split £10.00: no weights");
    assertThatThrownBy(
            () ->
                PenceSplitter.split(
                    amount, Map.of("a", 1, "b", 0), ResiduePolicy.halfUpWithResidueTo("b")))
        .hasMessage("residue bearer b is not a key with a weight above zero");
  }

  private static List<ResiduePolicy<String>> policies(Map<String, Number> weights) {
    return List.of(
        ResiduePolicy.largestRemainder(),
        ResiduePolicy.halfUpWithResidueTo(firstPositiveKey(weights)));
  }

  private static String firstPositiveKey(Map<String, Number> weights) {
    return weights.entrySet().stream()
        .filter(e -> new BigDecimal(e.getValue().toString()).signum() > 0)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElseThrow();
  }

  /** |share − exact| × total weight, in pence × weight units: exact, no rounding. */
  private static BigDecimal scaledDistance(Split<String> split, String key, Number weight) {
    BigDecimal exactTimesTotal =
        BigDecimal.valueOf(split.amount().pence()).multiply(new BigDecimal(weight.toString()));
    BigDecimal shareTimesTotal =
        BigDecimal.valueOf(split.share(key).pence()).multiply(split.totalWeight());
    return shareTimesTotal.subtract(exactTimesTotal).abs();
  }

  private static boolean withinOnePenny(Split<String> split, String key, Number weight) {
    return scaledDistance(split, key, weight).compareTo(split.totalWeight()) < 0;
  }

  private static boolean withinHalfAPenny(Split<String> split, String key, Number weight) {
    BigDecimal twice = scaledDistance(split, key, weight).multiply(BigDecimal.valueOf(2));
    return twice.compareTo(split.totalWeight()) <= 0;
  }
}
