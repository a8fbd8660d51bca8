package org.homeownership.recovery.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every shipped write-off configuration covers every amount exactly once (QuickTheories): for each
 * reason it covers and whether or not the debtor responded, one band and only one holds any amount
 * from £0.01 to £100,000,000.00, and amounts within two pence of every band edge; a reason it does
 * not cover has no band. Configurations with a gap or an overlap are refused on building.
 */
class AuthorisationBandsPropertiesTest {

  private static final WriteOffReason[] REASONS = WriteOffReason.values();

  private static Gen<Long> anyAmount() {
    return longs().between(1, 10_000_000_000L);
  }

  private static Gen<Long> nearAnEdge(AuthorisationBands bands) {
    List<Long> edges = new ArrayList<>();
    for (AuthorisationBand band : bands.bands()) {
      edges.add(band.from().pence());
      band.below().ifPresent(b -> edges.add(b.pence()));
    }
    return integers()
        .between(0, edges.size() - 1)
        .zip(integers().between(-2, 2), (i, offset) -> Math.max(1, edges.get(i) + offset));
  }

  private static void coversExactlyOnce(AuthorisationBands bands, Gen<Long> amounts) {
    qt().withExamples(2_000)
        .forAll(amounts, integers().between(0, REASONS.length - 1), booleans().all())
        .checkAssert(
            (pence, reason, responded) -> {
              ImmutableList<AuthorisationBand> matching =
                  bands.matching(Money.ofPence(pence), REASONS[reason], responded);
              assertThat(matching)
                  .as(
                      "%s, %s, %d pence, responded %s",
                      bands.council(), REASONS[reason], pence, responded)
                  .hasSize(bands.reasons().contains(REASONS[reason]) ? 1 : 0);
            });
  }

  @Test
  void everyShippedConfigurationCoversEveryAmountExactlyOnce() {
    for (AuthorisationBands bands : AuthorisationBands.examples()) {
      coversExactlyOnce(bands, anyAmount());
      coversExactlyOnce(bands, nearAnEdge(bands));
      assertThat(bands.reasons()).isEqualTo(AuthorisationBands.NAMED_REASONS);
    }
  }

  @Test
  void aGapBetweenBandsIsRefusedNamingTheAmount() {
    AuthorisationLevel officer = AuthorisationLevel.of(1, "officer");
    ImmutableSet<WriteOffReason> untraced = ImmutableSet.of(WriteOffReason.UNTRACED);

    assertThatThrownBy(
            () ->
                new AuthorisationBands(
                    "Example",
                    "test",
                    ImmutableList.of(
                        AuthorisationBand.of(
                            untraced, Money.ofPence(1), Money.parse("100.00"), officer),
                        AuthorisationBand.from(untraced, Money.parse("100.01"), officer))))
        .hasMessage(
            "Example, debtor untraced, debtor not responded: bands leave a gap at £100.00 (next"
                + " band starts at £100.01)");
  }

  @Test
  void anOverlapOrAMissingTopBandIsRefused() {
    AuthorisationLevel officer = AuthorisationLevel.of(1, "officer");
    ImmutableSet<WriteOffReason> bankrupt = ImmutableSet.of(WriteOffReason.BANKRUPT);

    assertThatThrownBy(
            () ->
                new AuthorisationBands(
                    "Example",
                    "test",
                    ImmutableList.of(
                        AuthorisationBand.of(
                            bankrupt, Money.ofPence(1), Money.parse("100.00"), officer),
                        AuthorisationBand.from(bankrupt, Money.parse("99.99"), officer))))
        .hasMessage(
            "Example, bankrupt, debtor not responded: bands overlap at £100.00 (next band starts"
                + " at £99.99)");
    assertThatThrownBy(
            () ->
                new AuthorisationBands(
                    "Example",
                    "test",
                    ImmutableList.of(
                        AuthorisationBand.of(
                            bankrupt, Money.ofPence(1), Money.parse("100.00"), officer))))
        .hasMessage("Example, bankrupt, debtor not responded: no band covers £100.00 and above");
    assertThatThrownBy(
            () ->
                new AuthorisationBands(
                    "Example",
                    "test",
                    ImmutableList.of(
                        AuthorisationBand.of(
                                bankrupt, Money.ofPence(1), Money.parse("30.00"), officer)
                            .when(ResponseCondition.NO_RESPONSE),
                        AuthorisationBand.from(bankrupt, Money.parse("30.00"), officer))))
        .hasMessage(
            "Example, bankrupt, debtor responded: bands leave a gap at £0.01 (next band starts at"
                + " £30.00)");
  }
}
