package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.servicecharge.Pools.YEAR_2025;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstalmentScheduleTest {

  @ParameterizedTest(name = "{0}: {1} instalments, first {2} on {3}, last on {4}")
  @CsvSource({
    "ANNUAL,       1, 1234.57, 2025-04-01, 2025-04-01",
    "HALF_YEARLY,  2, 617.29,  2025-04-01, 2025-10-01",
    "QUARTERLY,    4, 308.65,  2025-04-01, 2026-01-01",
    "MONTHLY,     12, 102.89,  2025-04-01, 2026-03-01",
    "TEN_MONTHLY, 10, 123.46,  2025-04-01, 2026-01-01",
  })
  void aWholeYearSplitsIntoThePlansInstalments(
      InstalmentPlan plan, int count, String first, String firstDue, String lastDue) {
    List<Instalment> instalments =
        InstalmentSchedule.of(Money.parse("1234.57"), YEAR_2025, plan, YEAR_2025.start());

    assertThat(instalments).hasSize(count);
    assertThat(instalments.get(0).amount()).isEqualTo(Money.parse(first));
    assertThat(instalments.get(0).dueDate()).isEqualTo(LocalDate.parse(firstDue));
    assertThat(instalments.get(count - 1).dueDate()).isEqualTo(LocalDate.parse(lastDue));
    assertThat(instalments.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus))
        .isEqualTo(Money.parse("1234.57"));
  }

  @Test
  void aStartInJulyCollectsFourTwelfthsInTheFirstMonthlyPayment() {
    // Rotherham: "starting in July takes 4/12 in the first payment" (§2.1).
    List<Instalment> instalments =
        InstalmentSchedule.of(
            Money.parse("1200.00"), YEAR_2025, InstalmentPlan.MONTHLY, LocalDate.of(2025, 7, 1));

    assertThat(instalments).hasSize(9);
    assertThat(instalments.get(0))
        .isEqualTo(new Instalment(1, LocalDate.of(2025, 7, 1), Money.parse("400.00"), 4));
    assertThat(instalments.get(1))
        .isEqualTo(new Instalment(5, LocalDate.of(2025, 8, 1), Money.parse("100.00"), 1));
  }

  @Test
  void aStartBetweenQuarterDaysCollectsInTheNextQuarter() {
    List<Instalment> instalments =
        InstalmentSchedule.of(
            Money.parse("1000.00"), YEAR_2025, InstalmentPlan.QUARTERLY, LocalDate.of(2025, 8, 15));

    assertThat(instalments)
        .containsExactly(
            new Instalment(1, LocalDate.of(2025, 10, 1), Money.parse("750.00"), 3),
            new Instalment(4, LocalDate.of(2026, 1, 1), Money.parse("250.00"), 1));
  }

  @Test
  void aStartAfterTheLastInstalmentOrOutsideTheYearIsRefused() {
    assertThatThrownBy(
            () ->
                InstalmentSchedule.of(
                    Money.parse("10.00"),
                    YEAR_2025,
                    InstalmentPlan.QUARTERLY,
                    LocalDate.of(2026, 2, 1)))
        .hasMessageContaining("after the plan's last instalment date");
    assertThatThrownBy(
            () ->
                InstalmentSchedule.of(
                    Money.parse("10.00"),
                    YEAR_2025,
                    InstalmentPlan.QUARTERLY,
                    LocalDate.of(2026, 4, 1)))
        .hasMessage(
            "billing start 2026-04-01 is outside the service charge year [2025-04-01, 2026-04-01)");
  }

  @Test
  void instalmentsAlwaysSumToTheChargeAndDifferByAtMostAPenny() {
    qt().forAll(
            longs().between(0, 10_000_000),
            integers().between(0, InstalmentPlan.values().length - 1),
            integers().between(0, 240))
        .checkAssert(
            (pence, planIndex, startDay) -> {
              InstalmentPlan plan = InstalmentPlan.values()[planIndex];
              LocalDate start = YEAR_2025.start().plusDays(startDay);
              List<Instalment> instalments =
                  InstalmentSchedule.of(Money.ofPence(pence), YEAR_2025, plan, YEAR_2025.start());
              assertThat(instalments.stream().mapToLong(i -> i.amount().pence()).sum())
                  .isEqualTo(pence);
              long max = instalments.stream().mapToLong(i -> i.amount().pence()).max().orElse(0);
              long min = instalments.stream().mapToLong(i -> i.amount().pence()).min().orElse(0);
              assertThat(max - min).isLessThanOrEqualTo(1);
              LocalDate lastDue = instalments.get(instalments.size() - 1).dueDate();
              if (!start.isAfter(lastDue)) {
                List<Instalment> late =
                    InstalmentSchedule.of(Money.ofPence(pence), YEAR_2025, plan, start);
                assertThat(late.stream().mapToLong(i -> i.amount().pence()).sum()).isEqualTo(pence);
                assertThat(late.stream().mapToInt(Instalment::periodsCollected).sum())
                    .isEqualTo(plan.instalments());
                assertThat(late.get(0).dueDate()).isAfterOrEqualTo(start);
              }
            });
  }

  @Test
  void aSaleSplitsTheYearByDaysFromTheCompletionDay() {
    SaleApportionment sale =
        SaleApportionment.split(Money.parse("1460.00"), YEAR_2025, LocalDate.of(2025, 10, 1));

    assertThat(sale.sellerDays()).isEqualTo(183);
    assertThat(sale.buyerDays()).isEqualTo(182);
    assertThat(sale.seller()).isEqualTo(Money.parse("732.00"));
    assertThat(sale.buyer()).isEqualTo(Money.parse("728.00"));
    qt().forAll(longs().between(0, 100_000_000), integers().between(0, 364))
        .checkAssert(
            (pence, day) -> {
              SaleApportionment split =
                  SaleApportionment.split(
                      Money.ofPence(pence), YEAR_2025, YEAR_2025.start().plusDays(day));
              assertThat(split.seller().plus(split.buyer())).isEqualTo(Money.ofPence(pence));
              assertThat(split.sellerDays() + split.buyerDays()).isEqualTo(365);
            });
  }
}
