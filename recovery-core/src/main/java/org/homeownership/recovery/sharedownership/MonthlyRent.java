package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.homeownership.recovery.money.Money;

/**
 * One month's shared ownership rent with how it was worked out.
 *
 * @param month the calendar month
 * @param amount the rent for the month
 * @param working the figures behind the amount, as they read on a statement
 */
public record MonthlyRent(YearMonth month, Money amount, String working) {

  /** Checks every part is given. */
  public MonthlyRent {
    requireNonNull(month, "month");
    requireNonNull(amount, "amount");
    requireNonNull(working, "working");
  }
}
