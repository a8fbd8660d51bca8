package org.homeownership.recovery.interest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.calendar.DateRange;

/**
 * A period in which interest does not run on a debt, and why. The caller decides which debts it
 * applies to: a breathing space only to moratorium debts (those owed at the application date,
 * §7.1), a s.21B withholding only to the charges on the withheld demand.
 *
 * @param days the days excluded, half-open: from the first day excluded to the first day interest
 *     runs again
 * @param reason why
 */
public record InterestExclusion(DateRange days, ExclusionReason reason) {

  /** Checks every part is given. */
  public InterestExclusion {
    requireNonNull(days, "days");
    requireNonNull(reason, "reason");
  }

  /** A breathing space in force from {@code start} to {@code lastDay}, both included (§7.4). */
  public static InterestExclusion breathingSpace(LocalDate start, LocalDate lastDay) {
    return new InterestExclusion(
        DateRange.inclusive(start, lastDay), ExclusionReason.BREATHING_SPACE);
  }

  /**
   * A demand withheld under s.21B from the day it was served until {@code compliantDemandServed},
   * the day a demand with the summary was served, from which interest may run (§1.4).
   */
  public static InterestExclusion withheldDemand(
      LocalDate demandServed, LocalDate compliantDemandServed) {
    return new InterestExclusion(
        new DateRange(demandServed, compliantDemandServed), ExclusionReason.DEMAND_WITHHELD_S21B);
  }
}
