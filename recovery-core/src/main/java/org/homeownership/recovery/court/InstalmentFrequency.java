package org.homeownership.recovery.court;

import java.time.LocalDate;

/** How often instalments under a judgment fall due. */
public enum InstalmentFrequency {
  /** Every 7 days from the first. */
  WEEKLY,
  /** On the same day of each month as the first (the month's last day where it is shorter). */
  MONTHLY;

  /**
   * The due date of instalment {@code n} (0 for the first) when the first is due on {@code first}.
   */
  public LocalDate dueDate(LocalDate first, long n) {
    return this == WEEKLY ? first.plusWeeks(n) : first.plusMonths(n);
  }
}
