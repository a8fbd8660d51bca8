package org.homeownership.recovery.calendar;

import com.google.common.collect.ImmutableSortedSet;

/**
 * A date fell in a year for which no bank holidays are loaded. The calendar never guesses: a
 * council loads a newer bank holidays file (LAW-AND-PRACTICE.md §13).
 */
public final class YearNotCoveredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int year;

  /**
   * The error for {@code year}.
   *
   * @param year the year asked about
   * @param covered the years the calendar holds
   */
  public YearNotCoveredException(int year, ImmutableSortedSet<Integer> covered) {
    super(
        "no bank holidays are loaded for "
            + year
            + " (the calendar covers "
            + describe(covered)
            + "): load a newer bank-holidays file, such as https://www.gov.uk/bank-holidays.json");
    this.year = year;
  }

  /** The year asked about. */
  public int year() {
    return year;
  }

  private static String describe(ImmutableSortedSet<Integer> covered) {
    if (covered.isEmpty()) {
      return "no years";
    }
    if (covered.last() - covered.first() + 1 == covered.size()) {
      return covered.first() + "–" + covered.last();
    }
    return covered.toString();
  }
}
