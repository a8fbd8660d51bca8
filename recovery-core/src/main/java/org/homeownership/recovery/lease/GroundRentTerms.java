package org.homeownership.recovery.lease;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import org.homeownership.recovery.money.Money;

/**
 * The ground rent a lease reserves: the yearly amount and the days it falls due under the lease. It
 * is payable only after a valid s.166 notice (LAW-AND-PRACTICE.md §5).
 *
 * @param yearlyAmount the ground rent a year (Harrow: £10)
 * @param dueDates the days in each year the lease makes it due, at least one
 */
public record GroundRentTerms(Money yearlyAmount, ImmutableList<MonthDay> dueDates) {

  /** Checks the amount is not negative and there is a due date. */
  public GroundRentTerms {
    requireNonNull(yearlyAmount, "yearlyAmount");
    requireNonNull(dueDates, "dueDates");
    if (yearlyAmount.isNegative()) {
      throw new IllegalArgumentException("ground rent is negative: " + yearlyAmount);
    }
    if (dueDates.isEmpty()) {
      throw new IllegalArgumentException("ground rent terms need at least one due date");
    }
  }
}
