package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Business days in England and Wales: every day but Saturday, Sunday and a bank holiday. Christmas
 * Day and Good Friday are in the England and Wales bank holiday list, so they are not business days
 * either (CPR 2.8 and 6.26 as summarised in LAW-AND-PRACTICE.md §13).
 *
 * <p>The bank holidays are data, loaded from the gov.uk {@code bank-holidays.json} (§13: "load the
 * holiday calendar from configuration ... never hard-code it"). The calendar knows which years its
 * data covers and refuses, with a {@link YearNotCoveredException}, any date outside them: it never
 * guesses that a year has no bank holidays. A council loads a newer file each year.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class BusinessCalendar {

  private final ImmutableSortedMap<LocalDate, BankHoliday> holidays;
  private final ImmutableSortedSet<Integer> yearsCovered;

  private BusinessCalendar(
      ImmutableSortedMap<LocalDate, BankHoliday> holidays,
      ImmutableSortedSet<Integer> yearsCovered) {
    this.holidays = holidays;
    this.yearsCovered = yearsCovered;
  }

  /**
   * The England and Wales calendar with these bank holidays.
   *
   * @param holidays the bank holidays; one per date
   * @param yearsCovered the years for which {@code holidays} is the complete list; every holiday
   *     must fall in one of them
   * @return the calendar
   * @throws IllegalArgumentException if two holidays share a date, a holiday falls outside the
   *     years covered, or no year is covered
   */
  public static BusinessCalendar englandAndWales(
      Collection<BankHoliday> holidays, Collection<Integer> yearsCovered) {
    requireNonNull(holidays, "holidays");
    requireNonNull(yearsCovered, "yearsCovered");
    ImmutableSortedSet<Integer> years = ImmutableSortedSet.copyOf(yearsCovered);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a business calendar must cover at least one year");
    }
    SortedMap<LocalDate, BankHoliday> byDate = new TreeMap<>();
    for (BankHoliday holiday : holidays) {
      if (!years.contains(holiday.date().getYear())) {
        throw new IllegalArgumentException(
            "bank holiday on " + holiday.date() + " falls outside the years covered " + years);
      }
      BankHoliday previous = byDate.put(holiday.date(), holiday);
      if (previous != null) {
        throw new IllegalArgumentException("two bank holidays on " + holiday.date());
      }
    }
    return new BusinessCalendar(ImmutableSortedMap.copyOfSorted(byDate), years);
  }

  /**
   * The England and Wales calendar covering the years in which {@code holidays} has a holiday, as
   * the gov.uk file is read (every year it lists has at least one holiday).
   */
  public static BusinessCalendar englandAndWales(Collection<BankHoliday> holidays) {
    return englandAndWales(
        holidays, holidays.stream().map(holiday -> holiday.date().getYear()).toList());
  }

  /** The years the bank holiday data covers. */
  public ImmutableSortedSet<Integer> yearsCovered() {
    return yearsCovered;
  }

  /** The bank holidays, by date. */
  public ImmutableSortedMap<LocalDate, BankHoliday> holidays() {
    return holidays;
  }

  /** True if {@code date} falls in a year the data covers. */
  public boolean covers(LocalDate date) {
    return yearsCovered.contains(date.getYear());
  }

  /**
   * The bank holiday on {@code date}, if it is one.
   *
   * @throws YearNotCoveredException if the data does not cover the date's year
   */
  public Optional<BankHoliday> holiday(LocalDate date) {
    requireCovered(date);
    return Optional.ofNullable(holidays.get(date));
  }

  /**
   * True if {@code date} is a business day: not a Saturday, Sunday or bank holiday.
   *
   * @throws YearNotCoveredException if the data does not cover the date's year
   */
  public boolean isBusinessDay(LocalDate date) {
    requireCovered(date);
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
  }

  /**
   * The first business day after {@code date} (never {@code date} itself).
   *
   * @throws YearNotCoveredException if a day looked at is in a year the data does not cover
   */
  public LocalDate nextBusinessDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * {@code date} if it is a business day, otherwise the next business day.
   *
   * @throws YearNotCoveredException if a day looked at is in a year the data does not cover
   */
  public LocalDate businessDayOnOrAfter(LocalDate date) {
    return isBusinessDay(date) ? date : nextBusinessDay(date);
  }

  /**
   * The last business day before {@code date} (never {@code date} itself).
   *
   * @throws YearNotCoveredException if a day looked at is in a year the data does not cover
   */
  public LocalDate previousBusinessDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isBusinessDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * The {@code n}th business day after {@code date}, not counting {@code date} itself: from a
   * Friday, one business day on is the Monday (if not a bank holiday). Zero gives {@code date}.
   *
   * @param date the day counted from
   * @param n how many business days on; not negative
   * @throws YearNotCoveredException if a day looked at is in a year the data does not cover
   */
  public LocalDate plusBusinessDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("business days to add is negative: " + n);
    }
    LocalDate day = date;
    for (int i = 0; i < n; i++) {
      day = nextBusinessDay(day);
    }
    return day;
  }

  /**
   * The {@code n}th business day before {@code date}, not counting {@code date} itself. Zero gives
   * {@code date}.
   *
   * @param date the day counted back from
   * @param n how many business days back; not negative
   * @throws YearNotCoveredException if a day looked at is in a year the data does not cover
   */
  public LocalDate minusBusinessDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("business days to subtract is negative: " + n);
    }
    LocalDate day = date;
    for (int i = 0; i < n; i++) {
      day = previousBusinessDay(day);
    }
    return day;
  }

  /**
   * The number of business days after {@code from} up to and including {@code to}: {@code
   * businessDaysBetween(d, plusBusinessDays(d, n)) == n}. Negative if {@code to} is before {@code
   * from}.
   *
   * @throws YearNotCoveredException if a day counted is in a year the data does not cover
   */
  public long businessDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -businessDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }

  private void requireCovered(LocalDate date) {
    requireNonNull(date, "date");
    if (!yearsCovered.contains(date.getYear())) {
      throw new YearNotCoveredException(date.getYear(), yearsCovered);
    }
  }

  @Override
  public String toString() {
    return "BusinessCalendar[England and Wales, "
        + holidays.size()
        + " bank holidays, years "
        + yearsCovered
        + "]";
  }
}
