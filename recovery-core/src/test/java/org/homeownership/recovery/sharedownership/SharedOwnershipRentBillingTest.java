package org.homeownership.recovery.sharedownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.junit.jupiter.api.Test;

/** Monthly billing of a shared ownership rent year, staircasing within it, and the money laws. */
class SharedOwnershipRentBillingTest {

  private static final YearMonth APRIL = YearMonth.of(2026, 4);

  private final SharedOwnershipRentBilling billing = new SharedOwnershipRentBilling();

  private static ImmutableRentYearRequest.Builder year(Money annual) {
    return RentYearRequest.builder()
        .account(AccountId.of("SO-3003"))
        .dwelling(DwellingId.of("SO-9"))
        .firstMonth(APRIL)
        .annualRent(annual)
        .demandReference("SOR-2026-27-0009");
  }

  private static List<Money> amounts(RentYearBill bill) {
    return bill.months().stream().map(MonthlyRent::amount).toList();
  }

  @Test
  void aYearWithoutStaircasingBillsTwelveInstalmentsOnTheFirstOfEachMonth() {
    RentYearBill bill = billing.bill(year(Money.parse("6600.00")).build());

    assertThat(amounts(bill)).containsOnly(Money.parse("550.00"));
    assertThat(bill.total()).isEqualTo(Money.parse("6600.00"));
    assertThat(bill.charges()).hasSize(12);
    Charge september = bill.charges().get(5);
    assertThat(september.chargeType()).isEqualTo(ChargeType.SHARED_OWNERSHIP_RENT);
    assertThat(september.dateRaised()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(september.dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(september.periodCovered())
        .contains(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)));
    assertThat(september.externalReference()).contains("SOR-SO-9-2026-09");
    assertThat(september.demandReference()).contains("SOR-2026-27-0009");
    assertThat(billing.bill(year(Money.parse("6600.00")).build()).charges())
        .isEqualTo(bill.charges());
  }

  @Test
  void staircasingMidSeptemberProRatesSeptemberAndReducesLaterMonths() {
    RentYearBill bill =
        billing.bill(
            year(Money.parse("6600.00"))
                .staircasing(
                    Staircasing.of(
                        LocalDate.of(2026, 9, 17), new BigDecimal("60"), new BigDecimal("50")))
                .build());

    List<Money> months = amounts(bill);
    assertThat(months.subList(0, 5)).containsOnly(Money.parse("550.00"));
    // (£550.00 × 16 + £458.33 × 14) ÷ 30 = £507.2207 → £507.22
    assertThat(months.get(5)).isEqualTo(Money.parse("507.22"));
    assertThat(months.subList(6, 12)).containsOnly(Money.parse("458.33"));
    assertThat(bill.total()).isEqualTo(Money.parse("6007.20"));
    assertThat(bill.explanation())
        .contains(
            "Staircasing completed 2026-09-17: unowned share 60% → 50%",
            "2026-09: £550.00 × 16/30 days + £458.33 × 14/30 days from completion on 2026-09-17 ="
                + " £507.22",
            "2026-10: £458.33 (reduced rent)");
  }

  @Test
  void completionOnTheFirstOfAMonthReducesThatWholeMonth() {
    RentYearBill bill =
        billing.bill(
            year(Money.parse("6600.00"))
                .staircasing(
                    Staircasing.of(
                        LocalDate.of(2026, 10, 1), new BigDecimal("60"), new BigDecimal("50")))
                .build());

    assertThat(amounts(bill).get(5)).isEqualTo(Money.parse("550.00"));
    assertThat(amounts(bill).get(6)).isEqualTo(Money.parse("458.33"));
  }

  @Test
  void staircasingToFullOwnershipEndsTheRentAndItsCharges() {
    RentYearBill bill =
        billing.bill(
            year(Money.parse("6600.00"))
                .staircasing(
                    Staircasing.of(
                        LocalDate.of(2027, 1, 11), new BigDecimal("25"), BigDecimal.ZERO))
                .build());

    // January: £550.00 × 10/31 = £177.42
    assertThat(amounts(bill).get(9)).isEqualTo(Money.parse("177.42"));
    assertThat(amounts(bill).subList(10, 12)).containsOnly(Money.ZERO);
    assertThat(bill.charges()).hasSize(10);
  }

  @Test
  void aCompletionOutsideTheRentYearIsRefusedByName() {
    assertThatThrownBy(
            () ->
                year(Money.parse("6600.00"))
                    .staircasing(
                        Staircasing.of(
                            LocalDate.of(2027, 4, 1), new BigDecimal("60"), new BigDecimal("50")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "staircasing completion 2027-04-01 is outside the rent year [2026-04-01, 2027-04-01)");
  }

  @Test
  void twelveMonthlyRentsSumExactlyToTheAnnualRent() {
    qt().forAll(
            longs().between(0, 10_000_000_000L).mix(longs().between(0, 200), 30),
            integers().between(0, 11))
        .checkAssert(
            (pence, offset) -> {
              Money annual = Money.ofPence(pence);
              RentYearBill bill =
                  billing.bill(year(annual).firstMonth(APRIL.plusMonths(offset)).build());
              assertThat(bill.total()).isEqualTo(annual);
              assertThat(
                      bill.charges().stream().map(Charge::amount).reduce(Money.ZERO, Money::plus))
                  .isEqualTo(annual);
              BigDecimal exactMonth =
                  BigDecimal.valueOf(pence)
                      .divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
              assertThat(amounts(bill)).allMatch(month -> !month.isNegative());
              // Half up: months 1 to 11 within ½p; the largest-remainder fallback: within 1p.
              BigDecimal bound = pence >= 66 ? new BigDecimal("0.5") : BigDecimal.ONE;
              for (Money month : amounts(bill).subList(0, 11)) {
                assertThat(BigDecimal.valueOf(month.pence()).subtract(exactMonth).abs())
                    .isLessThanOrEqualTo(bound);
              }
            });
  }

  @Test
  void aTinyAnnualRentNeverLeavesANegativeLastMonth() {
    assertThat(new MonthlyInstalments().split(Money.ofPence(6), APRIL).values())
        .containsExactly(
            Money.ofPence(1),
            Money.ofPence(1),
            Money.ofPence(1),
            Money.ofPence(1),
            Money.ofPence(1),
            Money.ofPence(1),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO);
  }

  @Test
  void staircasingNeverRaisesAnyMonthsRentOrTheYears() {
    qt().forAll(
            longs().between(0, 5_000_000_000L),
            integers().between(1, 10_000),
            integers().between(0, 9_999),
            integers().between(0, 364))
        .checkAssert(
            (pence, before, fraction, day) -> {
              int after = (before - 1) * fraction / 9_999;
              Money annual = Money.ofPence(pence);
              Staircasing purchase =
                  Staircasing.of(
                      APRIL.atDay(1).plusDays(day),
                      BigDecimal.valueOf(before, 2),
                      BigDecimal.valueOf(after, 2));
              RentYearBill without = billing.bill(year(annual).build());
              RentYearBill with = billing.bill(year(annual).staircasing(purchase).build());
              for (int m = 0; m < 12; m++) {
                assertThat(amounts(with).get(m)).isLessThanOrEqualTo(amounts(without).get(m));
              }
              assertThat(with.total()).isLessThanOrEqualTo(annual);
              assertThat(new StaircasingRule().rentAfter(annual, purchase).amount())
                  .isLessThanOrEqualTo(annual);
            });
  }

  @Test
  void cpiReviewsNeverDecreaseTheRentAndRpiReviewsAddAtLeastTheMargin() {
    qt().forAll(
            longs().between(0, 5_000_000_000L),
            integers().between(1, 1_000_000),
            integers().between(1, 1_000_000),
            integers().between(0, 500))
        .checkAssert(
            (pence, base, current, landlordTenths) -> {
              Money rent = Money.ofPence(pence);
              IndexMovement movement =
                  new IndexMovement(
                      BigDecimal.valueOf(current, 1), BigDecimal.valueOf(base, 1), "random levels");
              RentReview review = new RentReview();
              ImmutableRentReviewRequest.Builder request =
                  RentReviewRequest.builder()
                      .currentRent(rent)
                      .indexMovement(movement)
                      .effectiveFrom(APRIL.atDay(1));
              Money cpi =
                  review
                      .review(
                          request.formula(new ReviewFormula.CpiPlusMargin(BigDecimal.ONE)).build())
                      .reviewedRent();
              Money cpiLesser =
                  review
                      .review(
                          request
                              .landlordIncreasePercent(BigDecimal.valueOf(landlordTenths, 1))
                              .build())
                      .reviewedRent();
              Money rpi =
                  review
                      .review(
                          request
                              .landlordIncreasePercent(Optional.empty())
                              .formula(new ReviewFormula.RpiRatioPlusMargin(new BigDecimal("0.5")))
                              .build())
                      .reviewedRent();
              assertThat(cpi).isGreaterThanOrEqualTo(rent);
              assertThat(cpiLesser).isGreaterThanOrEqualTo(rent).isLessThanOrEqualTo(cpi);
              assertThat(rpi)
                  .isGreaterThanOrEqualTo(
                      rent.times(new BigDecimal("1.005"), RoundingMode.HALF_UP));
            });
  }
}
