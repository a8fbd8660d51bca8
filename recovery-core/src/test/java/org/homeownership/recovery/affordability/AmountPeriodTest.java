package org.homeownership.recovery.affordability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class AmountPeriodTest {

  @ParameterizedTest(name = "{1} {0} is {2} a month")
  @CsvSource({
    "WEEKLY, 100.00, 433.33",
    "WEEKLY, 0.03, 0.13",
    "FORTNIGHTLY, 250.00, 541.67",
    "FOUR_WEEKLY, 600.00, 650.00",
    "FOUR_WEEKLY, 0.06, 0.07",
    "MONTHLY, 812.34, 812.34",
    "QUARTERLY, 300.00, 100.00",
    "QUARTERLY, 0.01, 0.00",
    "QUARTERLY, 0.02, 0.01",
    "YEARLY, 169.50, 14.13",
    "YEARLY, 0.06, 0.01",
    "YEARLY, 0.05, 0.00"
  })
  void convertsToMonthlyRoundingHalfUp(AmountPeriod period, String amount, String monthly) {
    assertThat(period.toMonthly(Money.parse(amount))).isEqualTo(Money.parse(monthly));
  }

  @Test
  void refusesNegativeAmounts() {
    assertThatThrownBy(() -> AmountPeriod.WEEKLY.toMonthly(Money.parse("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void monthlyFigureIsWithinHalfAPennyOfTheExactTwelfth() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), Generate.enumValues(AmountPeriod.class))
        .checkAssert(
            (pence, period) -> {
              long monthly = period.toMonthly(Money.ofPence(pence)).pence();
              long yearly = pence * period.periodsPerYear();
              // |monthly - yearly/12| <= 1/2, in twelfths of a penny
              assertThat(Math.abs(monthly * 12 - yearly)).isLessThanOrEqualTo(6);
            });
  }
}
