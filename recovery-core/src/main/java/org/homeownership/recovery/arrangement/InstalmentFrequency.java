package org.homeownership.recovery.arrangement;

import java.time.LocalDate;

/**
 * How often an arrangement's instalments fall due.
 *
 * <p>Date rule: the n-th instalment (counting from 0) falls n weeks, n fortnights or n four-week
 * periods after the first; a monthly one falls n calendar months after the first, clipped to the
 * end of a shorter month ({@link LocalDate#plusMonths}), so a schedule starting on 31 January has
 * instalments on 28 (or 29) February, 31 March, 30 April and so on. A one-off arrangement has a
 * single instalment.
 */
public enum InstalmentFrequency {
  /** Every 7 days. */
  WEEKLY(52),
  /** Every 14 days. */
  FORTNIGHTLY(26),
  /** Every 28 days. */
  FOUR_WEEKLY(13),
  /** The same day each calendar month. */
  MONTHLY(12),
  /** A single payment. */
  ONE_OFF(1);

  private final int perYear;

  InstalmentFrequency(int perYear) {
    this.perYear = perYear;
  }

  /** How many instalments fall in a year; 1 for a one-off payment. */
  public int perYear() {
    return perYear;
  }

  /**
   * The due date of instalment {@code index} (0 for the first) of a schedule starting on {@code
   * first}.
   *
   * @throws IllegalArgumentException if {@code index} is negative, or above 0 for a one-off
   */
  public LocalDate dueDate(LocalDate first, int index) {
    if (index < 0 || (this == ONE_OFF && index > 0)) {
      throw new IllegalArgumentException("no instalment " + index + " for a " + this + " schedule");
    }
    return switch (this) {
      case WEEKLY -> first.plusWeeks(index);
      case FORTNIGHTLY -> first.plusWeeks(2L * index);
      case FOUR_WEEKLY -> first.plusWeeks(4L * index);
      case MONTHLY -> first.plusMonths(index);
      case ONE_OFF -> first;
    };
  }

  /**
   * How many instalments of a schedule starting on {@code first} fall on or before {@code last}.
   */
  public int countUpTo(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      return 0;
    }
    if (this == ONE_OFF) {
      return 1;
    }
    int count = 0;
    while (!dueDate(first, count).isAfter(last)) {
      count++;
    }
    return count;
  }
}
