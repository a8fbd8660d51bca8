package org.homeownership.recovery.affordability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.affordability.SfsCategory.*;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/** The SFS arithmetic, in pence, on a worked example. */
class IncomeAndExpenditureTest {

  static IncomeAndExpenditure example() {
    return IncomeAndExpenditure.builder()
        .completedOn(LocalDate.of(2025, 5, 1))
        .householdSize(2)
        .addLines(
            DeclaredAmount.monthly(EARNINGS, Money.parse("1500.00")),
            DeclaredAmount.of(BENEFITS, Money.parse("100.00"), AmountPeriod.WEEKLY),
            DeclaredAmount.monthly(HOME_AND_CONTENTS, Money.parse("600.00")),
            DeclaredAmount.of(UTILITIES, Money.parse("34.62"), AmountPeriod.WEEKLY),
            DeclaredAmount.monthly(WATER, Money.parse("40.00")),
            DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("440.00")),
            DeclaredAmount.monthly(COMMUNICATIONS_AND_LEISURE, Money.parse("80.00")),
            DeclaredAmount.monthly(PERSONAL_COSTS, Money.parse("60.00")),
            DeclaredAmount.monthly(SAVINGS_CONTRIBUTION, Money.parse("20.00")),
            DeclaredAmount.monthly(PRIORITY_DEBT_PAYMENTS, Money.parse("50.00")))
        .build();
  }

  @Test
  void computesTheSurplusForPriorityAndOtherDebts() {
    MonthlySurplus surplus = example().surplus();

    // benefits £100.00 weekly = £5,200.00 / 12 = £433.33; utilities £34.62 weekly = £150.02
    assertThat(surplus.income()).isEqualTo(Money.parse("1933.33"));
    assertThat(surplus.fixedCosts()).isEqualTo(Money.parse("790.02"));
    assertThat(surplus.flexibleCosts()).isEqualTo(Money.parse("580.00"));
    assertThat(surplus.savingsContribution()).isEqualTo(Money.parse("20.00"));
    assertThat(surplus.outgoings()).isEqualTo(Money.parse("1370.02"));
    assertThat(surplus.availableForPriorityDebts()).isEqualTo(Money.parse("543.31"));
    assertThat(surplus.priorityDebtPayments()).isEqualTo(Money.parse("50.00"));
    assertThat(surplus.availableForOtherDebts()).isEqualTo(Money.parse("493.31"));
  }

  @Test
  void aDeficitIsNegative() {
    IncomeAndExpenditure statement =
        IncomeAndExpenditure.builder()
            .completedOn(LocalDate.of(2025, 5, 1))
            .householdSize(1)
            .addLines(
                DeclaredAmount.monthly(BENEFITS, Money.parse("400.00")),
                DeclaredAmount.monthly(HOME_AND_CONTENTS, Money.parse("350.00")),
                DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("120.00")),
                DeclaredAmount.monthly(PRIORITY_DEBT_PAYMENTS, Money.parse("10.00")))
            .build();

    assertThat(statement.surplus().availableForPriorityDebts()).isEqualTo(Money.parse("-70.00"));
    assertThat(statement.surplus().availableForOtherDebts()).isEqualTo(Money.parse("-80.00"));
  }

  @Test
  void sumsSeveralLinesInOneCategory() {
    IncomeAndExpenditure statement =
        IncomeAndExpenditure.builder()
            .from(example())
            .addLines(DeclaredAmount.of(EARNINGS, Money.parse("200.00"), AmountPeriod.FORTNIGHTLY))
            .build();

    // £200.00 fortnightly = £5,200.00 / 12 = £433.33
    assertThat(statement.monthlyTotal(EARNINGS)).isEqualTo(Money.parse("1933.33"));
    assertThat(statement.monthlyTotal(SfsSection.INCOME)).isEqualTo(Money.parse("2366.66"));
  }

  @Test
  void theSurplusMustFollowFromTheTotals() {
    assertThatThrownBy(
            () ->
                new MonthlySurplus(
                    Money.parse("100.00"),
                    Money.parse("50.00"),
                    Money.ZERO,
                    Money.ZERO,
                    Money.parse("60.00"),
                    Money.ZERO,
                    Money.parse("60.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not follow");
  }

  @Test
  void keepsPersonalFiguresOutOfToString() {
    IncomeAndExpenditure statement =
        IncomeAndExpenditure.builder()
            .from(example())
            .putStatedTotals(SfsSection.INCOME, Money.parse("1933.33"))
            .build();

    assertThat(statement.toString())
        .doesNotContain("1500")
        .doesNotContain("1933")
        .contains("householdSize=2");
    assertThat(DeclaredAmount.monthly(EARNINGS, Money.parse("1500.00")).toString())
        .doesNotContain("1500")
        .contains("EARNINGS");
  }

  @Test
  void refusesAnEmptyHouseholdNamingTheField() {
    assertThatThrownBy(
            () ->
                IncomeAndExpenditure.builder()
                    .completedOn(LocalDate.of(2025, 5, 1))
                    .householdSize(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("householdSize must be at least 1, not 0");
  }
}
