package org.homeownership.recovery.affordability;

import org.homeownership.recovery.money.Money;

/**
 * How often a declared amount is received or paid. The Standard Financial Statement works in
 * monthly figures, so every amount is converted with {@link #toMonthly}.
 *
 * <p>Conversion rule, named "annualise, divide by 12, round half up to the penny": the amount is
 * multiplied by the number of periods in a year (52 weeks, 26 fortnights, 13 four-week periods, 12
 * months, 4 quarters, 1 year) and divided by 12, rounding a half penny up. Each declared line is
 * converted on its own and the monthly lines are then summed, so a total is always the exact sum of
 * the monthly lines an officer sees.
 */
public enum AmountPeriod {
  /** Every week: 52 a year. */
  WEEKLY(52),
  /** Every two weeks: 26 a year. */
  FORTNIGHTLY(26),
  /** Every four weeks: 13 a year. */
  FOUR_WEEKLY(13),
  /** Every calendar month: 12 a year. */
  MONTHLY(12),
  /** Every quarter: 4 a year. */
  QUARTERLY(4),
  /** Once a year. */
  YEARLY(1);

  /** The name of the conversion rule, as it reads in an assessment's reasons. */
  public static final String CONVERSION_RULE =
      "annualise, divide by 12, round half up to the penny";

  private final int periodsPerYear;

  AmountPeriod(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** How many of these periods there are in a year. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /**
   * The monthly equivalent of {@code amount} paid once every period, by the rule {@link
   * #CONVERSION_RULE}. A weekly £100.00 is £433.33 a month (£5,200.00 ÷ 12 = £433.333…).
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws ArithmeticException if the yearly amount does not fit in the range of {@link Money}
   */
  public Money toMonthly(Money amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a declared amount cannot be negative");
    }
    long yearly = Math.multiplyExact(amount.pence(), (long) periodsPerYear);
    return Money.ofPence(yearly / 12 + (yearly % 12 >= 6 ? 1 : 0));
  }
}
