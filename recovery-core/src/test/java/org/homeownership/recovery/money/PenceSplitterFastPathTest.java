package org.homeownership.recovery.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The {@code long} fast path of {@link PenceSplitter} gives exactly the split of the exact {@code
 * BigInteger} path: the same shares, weights, total weight and policy, for both residue policies,
 * debits and credits, whole and decimal weights, and amounts and weights on both sides of the point
 * where {@code amount × weight} stops fitting in a {@code long}.
 */
class PenceSplitterFastPathTest {

  /** Amounts of every size, with those near where products overflow well represented. */
  private static Gen<Long> amounts() {
    return longs()
        .between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .mix(longs().between(-100_000_000, 100_000_000), 50)
        .mix(integers().between(20, 40).map(bits -> (1L << bits) - 1), 10)
        .mix(longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE), 5)
        .mix(longs().between(-1000, 1000), 10);
  }

  /** Weights: whole numbers small and huge, decimals, zeros; at least one above zero. */
  private static Gen<Map<String, Number>> weights() {
    Gen<Number> small = longs().between(0, 2_000_000).map(w -> (Number) w);
    Gen<Number> huge =
        integers()
            .between(20, 62)
            .zip(
                longs().between(0, 1000),
                (bits, less) -> (Number) Math.max(0, (1L << bits) - less));
    Gen<Number> decimal =
        longs().between(0, 10_000_000).map(w -> (Number) BigDecimal.valueOf(w, 4));
    Gen<Number> rateable = longs().between(0, 100_000).map(w -> (Number) BigDecimal.valueOf(w, 2));
    Gen<Number> zero = longs().between(0, 0).map(w -> (Number) w);
    Gen<Number> weight = small.mix(huge, 15).mix(decimal, 30).mix(rateable, 20).mix(zero, 15);
    return lists()
        .of(weight)
        .ofSizeBetween(1, 60)
        .assuming(list -> list.stream().anyMatch(w -> new BigDecimal(w.toString()).signum() > 0))
        .map(PenceSplitterFastPathTest::keyed);
  }

  private static Map<String, Number> keyed(List<Number> weights) {
    Map<String, Number> keyed = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      keyed.put(String.format("d-%03d", i), weights.get(i));
    }
    return keyed;
  }

  @Test
  void theFastPathGivesExactlyTheExactSplit() {
    qt().withExamples(1_000)
        .forAll(amounts(), weights(), booleans().all(), integers().between(0, 59))
        .checkAssert(
            (pence, weights, halfUp, bearerIndex) -> {
              ResiduePolicy<String> policy = policy(weights, halfUp, bearerIndex);
              Money amount = Money.ofPence(pence);
              Split<String> fast = PenceSplitter.split(amount, weights, policy, true);
              Split<String> exact = PenceSplitter.split(amount, weights, policy, false);
              assertThat(fast).isEqualTo(exact);
              assertThat(PenceSplitter.split(amount, weights, policy)).isEqualTo(exact);
            });
  }

  @Test
  void bothSidesOfTheOverflowPointAgree() {
    Map<String, Number> weights = Map.of("a", 3L, "b", 1L << 40);
    // 2^22 × 2^40 fits in a long: the fast path; 2^30 × 2^40 does not: the exact path.
    for (long pence : new long[] {(1L << 22) - 1, (1L << 30) - 1, 7, -7}) {
      Split<String> fast =
          PenceSplitter.split(
              Money.ofPence(pence), weights, ResiduePolicy.largestRemainder(), true);
      Split<String> exact =
          PenceSplitter.split(
              Money.ofPence(pence), weights, ResiduePolicy.largestRemainder(), false);
      assertThat(fast).isEqualTo(exact);
      assertThat(fast.shares().values().stream().mapToLong(Money::pence).sum()).isEqualTo(pence);
    }
    Split<String> worked =
        PenceSplitter.split(
            Money.ofPence(100),
            Map.of("a", 1L, "b", 1L, "c", 1L),
            ResiduePolicy.largestRemainder());
    assertThat(worked.shares().values())
        .containsExactly(Money.ofPence(34), Money.ofPence(33), Money.ofPence(33));
  }

  private static ResiduePolicy<String> policy(
      Map<String, Number> weights, boolean halfUp, int bearerIndex) {
    if (!halfUp) {
      return ResiduePolicy.largestRemainder();
    }
    List<String> positive =
        weights.entrySet().stream()
            .filter(e -> new BigDecimal(e.getValue().toString()).signum() > 0)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return ResiduePolicy.halfUpWithResidueTo(positive.get(bearerIndex % positive.size()));
  }
}
