package org.homeownership.recovery.ageing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerScript;
import org.homeownership.recovery.ledger.RandomLedger;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrearsAgeingTest {

  private static final PaymentAllocator OLDEST_FIRST =
      new PaymentAllocator(AllocationStrategy.oldestDueFirst());
  private static final ArrearsAgeing STANDARD = new ArrearsAgeing(AgeingBands.standard());

  private static AgedDebt age(String script, String asOf) {
    return STANDARD.age(OLDEST_FIRST.allocate(LedgerScript.ledger(script), LocalDate.parse(asOf)));
  }

  @Test
  void theStandardBandsAreThoseOfTheIssue() {
    assertThat(AgeingBands.standard().bands())
        .extracting(AgeingBand::label)
        .containsExactly(
            "Not yet due",
            "1–30 days",
            "31–60 days",
            "61–90 days",
            "91–180 days",
            "181–365 days",
            "Over 365 days");
    assertThat(AgeingBands.standard().bands().get(6).toDays()).isEmpty();
  }

  @ParameterizedTest(name = "due {0}, as of 2025-12-31: {1}")
  @CsvSource({
    "2026-01-15, Not yet due",
    "2025-12-31, Not yet due",
    "2025-12-30, 1–30 days",
    "2025-12-01, 1–30 days",
    "2025-11-30, 31–60 days",
    "2025-10-02, 61–90 days",
    "2025-10-01, 91–180 days",
    "2025-07-04, 91–180 days",
    "2025-07-03, 181–365 days",
    "2025-01-01, 181–365 days",
    "2024-12-31, 181–365 days",
    "2024-12-30, Over 365 days",
    "2015-04-01, Over 365 days",
  })
  void eachChargeFallsInTheBandOfItsDaysOverdue(String due, String band) {
    AgedDebt aged = age("charge C1 sundry raised 2014-01-01 due " + due + " 10.00", "2025-12-31");
    int index = bandIndex(band);
    assertThat(aged.total().get(index)).isEqualTo(Money.parse("10.00"));
    assertThat(aged.total().total()).isEqualTo(Money.parse("10.00"));
  }

  @Test
  void aPartPaidChargeAgesItsOutstandingPartFromItsOwnDueDate() {
    AgedDebt aged =
        age(
            """
            charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 300.00
            charge SC-Q3 service_charge raised 2025-09-01 due 2025-10-01 300.00
            payment P1 2025-10-20 400.00
            """,
            "2025-10-31");
    // Q1 is fully paid; Q3 (due 1 Oct, 30 days overdue) keeps 200.00 in 1–30 days, not older.
    assertThat(aged.total().amounts())
        .containsExactly(
            Money.ZERO,
            Money.parse("200.00"),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO);
    assertThat(aged.arrears()).isEqualTo(Money.parse("200.00"));
    assertThat(aged.accountsInArrears()).isEqualTo(1);
  }

  @Test
  void unallocatedCreditShowsAsCreditNotNettedIntoABand() {
    AgedDebt aged =
        age(
            """
            charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00
            payment P1 2025-04-02 150.00
            """,
            "2025-04-30");
    assertThat(aged.total().total()).isEqualTo(Money.ZERO);
    assertThat(aged.unallocatedCredit()).isEqualTo(Money.parse("50.00"));
    assertThat(aged.balance()).isEqualTo(Money.parse("-50.00"));
    assertThat(aged.accountsInArrears()).isZero();
  }

  @Test
  void agedDebtIsBrokenDownByChargeTypeAndShowsDisputes() {
    Ledger ledger =
        LedgerScript.ledger(
            """
            charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 300.00
            charge GR-25 ground_rent raised 2025-05-25 due 2025-06-24 10.00
            charge MW-1 major_works raised 2025-08-01 due 2025-09-01 5000.00
            """);
    AgedDebt aged =
        STANDARD.age(
            OLDEST_FIRST.allocate(
                ledger,
                LocalDate.of(2025, 10, 31),
                java.util.Set.of(ledger.entries().get(2).id())));
    assertThat(aged.byChargeType().keySet())
        .containsExactly(ChargeType.SERVICE_CHARGE, ChargeType.MAJOR_WORKS, ChargeType.GROUND_RENT);
    // Due 1 April, 213 days overdue on 31 October.
    assertThat(aged.byChargeType().get(ChargeType.SERVICE_CHARGE).get(bandIndex("181–365 days")))
        .isEqualTo(Money.parse("300.00"));
    assertThat(aged.byChargeType().get(ChargeType.SERVICE_CHARGE).get(bandIndex("91–180 days")))
        .isEqualTo(Money.ZERO);
    assertThat(aged.byChargeType().get(ChargeType.GROUND_RENT).get(bandIndex("91–180 days")))
        .isEqualTo(Money.parse("10.00"));
    assertThat(aged.byChargeType().get(ChargeType.MAJOR_WORKS).get(bandIndex("31–60 days")))
        .isEqualTo(Money.parse("5000.00"));
    assertThat(aged.disputed()).isEqualTo(Money.parse("5000.00"));
    assertThat(aged.balance()).isEqualTo(Money.parse("5310.00"));
  }

  @Test
  void aPortfolioSumsItsAccounts() {
    LocalDate asOf = LocalDate.of(2025, 10, 31);
    AgedDebt portfolio =
        Stream.of(
                "charge A sundry raised 2025-01-01 due 2025-01-01 100.00",
                "charge B sundry raised 2025-10-01 due 2025-10-20 20.00",
                "charge C sundry raised 2025-01-01 due 2025-01-01 5.00\npayment P 2025-02-01 10.00")
            .map(script -> STANDARD.age(OLDEST_FIRST.allocate(LedgerScript.ledger(script), asOf)))
            .collect(AgedDebt.summing(asOf, AgeingBands.standard()));

    assertThat(portfolio.accounts()).isEqualTo(3);
    assertThat(portfolio.accountsInArrears()).isEqualTo(2);
    assertThat(portfolio.total().get(bandIndex("181–365 days"))).isEqualTo(Money.parse("100.00"));
    assertThat(portfolio.total().get(bandIndex("1–30 days"))).isEqualTo(Money.parse("20.00"));
    assertThat(portfolio.unallocatedCredit()).isEqualTo(Money.parse("5.00"));
    assertThat(portfolio.balance()).isEqualTo(Money.parse("115.00"));
    assertThat(portfolio.toText())
        .contains("Aged debt as of 2025-10-31 (3 accounts, 2 in arrears)")
        .containsPattern(
            "Sundry charge( +£0.00)( +£20.00)( +£0.00){3}( +£100.00)( +£0.00)( +£120.00)")
        .containsPattern("Unallocated credit +£5.00")
        .containsPattern("Balance +£115.00");
  }

  @Test
  void bandsLessCreditAlwaysEqualTheBalance() {
    qt().forAll(RandomLedger.ledgers(80), integers().between(-10, 900))
        .checkAssert(
            (random, day) -> {
              Ledger ledger = random.inGeneratedOrder();
              LocalDate asOf = RandomLedger.START.plusDays(day);
              AgedDebt aged = STANDARD.age(OLDEST_FIRST.allocate(ledger, asOf));
              assertThat(aged.total().total().minus(aged.unallocatedCredit()))
                  .isEqualTo(ledger.balanceAt(asOf));
              Money byType =
                  aged.byChargeType().values().stream()
                      .map(BandAmounts::total)
                      .reduce(Money.ZERO, Money::plus);
              assertThat(byType).isEqualTo(aged.total().total());
              aged.total().amounts().forEach(a -> assertThat(a.isNegative()).isFalse());
            });
  }

  @Test
  void aCouncilConfiguresItsOwnBands() {
    AgeingBands bands = AgeingBands.of(14, 28, 56);
    assertThat(bands.bands())
        .extracting(AgeingBand::label)
        .containsExactly("Not yet due", "1–14 days", "15–28 days", "29–56 days", "Over 56 days");
    assertThat(List.of(0L, 1L, 14L, 15L, 56L, 57L, 10_000L).stream().map(bands::indexFor))
        .containsExactly(0, 1, 1, 2, 3, 4, 4);
    assertThatThrownBy(() -> AgeingBands.of(30, 30))
        .hasMessage("ageing band limits must be above zero and rising, but 30 follows 30");
    assertThatThrownBy(() -> AgeingBands.of(0)).hasMessageContaining("above zero");
    assertThatThrownBy(AgeingBands::of).hasMessage("ageing bands need at least one upper limit");
  }

  @Test
  void agedDebtOfDifferentDatesCannotBeAdded() {
    AgedDebt a = AgedDebt.none(LocalDate.of(2025, 1, 1), AgeingBands.standard());
    AgedDebt b = AgedDebt.none(LocalDate.of(2025, 1, 2), AgeingBands.standard());
    assertThatThrownBy(() -> a.plus(b))
        .hasMessageContaining("cannot add aged debt as of 2025-01-02");
  }

  private static int bandIndex(String label) {
    List<AgeingBand> bands = AgeingBands.standard().bands();
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).label().equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException(label);
  }
}
