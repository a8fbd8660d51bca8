package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A half-open range of dates: from {@code start} inclusive to {@code endExclusive} exclusive. A
 * service charge year 1 April 2025 to 31 March 2026 is {@code [2025-04-01, 2026-04-01)}.
 *
 * @param start the first day in the range
 * @param endExclusive the first day after the range; not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate endExclusive) {

  private static final DateTimeFormatter EN_GB =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Checks the range does not end before it starts. */
  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          "date range ends (" + endExclusive + ") before it starts (" + start + ")");
    }
  }

  /** The range from {@code first} to {@code last}, both days included. */
  public static DateRange inclusive(LocalDate first, LocalDate last) {
    return new DateRange(first, last.plusDays(1));
  }

  /** The last day in the range. */
  public LocalDate endInclusive() {
    return endExclusive.minusDays(1);
  }

  /** True if {@code date} is in the range. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /** The number of days in the range. */
  public long days() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /** The range in en-GB words, both ends included: {@code 1 April 2025 to 31 March 2026}. */
  public String describe() {
    return EN_GB.format(start) + " to " + EN_GB.format(endInclusive());
  }

  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive + ")";
  }
}
