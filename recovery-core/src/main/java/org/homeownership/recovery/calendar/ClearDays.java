package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * Court periods counted in clear days, under CPR 2.8 as summarised in LAW-AND-PRACTICE.md §13: the
 * day on which the period begins is left out and, where the end is fixed by an event, so is the day
 * of the event. Where the period is 5 days or less ({@link ServiceFigures#shortPeriodMaxDays()}),
 * Saturdays, Sundays, bank holidays, Christmas Day and Good Friday do not count; longer periods
 * count every calendar day.
 *
 * <p>The official examples (§13): served at least 3 days before a hearing on Friday 20 October
 * 2023, the last day is Monday 16 October; a hearing at least 28 days after notice given on 1
 * October is on 30 October at the earliest; particulars due within 14 days after a claim form
 * served on 2 October are due by 16 October; 3 days before a hearing on Monday 20 October 2025, the
 * last day is Tuesday 14 October.
 *
 * <p>CPR 2.8's rule for an act at a court office that is closed on the last day is not in §13 and
 * is not applied here.
 */
public final class ClearDays {

  private final BusinessCalendar calendar;
  private final EffectiveDated<ServiceFigures> figures;

  /** Clear days over {@code calendar}. */
  public ClearDays(BusinessCalendar calendar) {
    this(calendar, ServiceFigures.statutory());
  }

  /**
   * Clear days over {@code calendar} with the figures in force on the day a period is counted from.
   */
  public ClearDays(BusinessCalendar calendar, EffectiveDated<ServiceFigures> figures) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * True if a period of {@code days} counted from {@code on} leaves out days that are not business
   * days.
   */
  public boolean isShortPeriod(LocalDate on, int days) {
    return days <= figures.on(on).shortPeriodMaxDays();
  }

  /**
   * The last day on which something may be done "at least {@code days} days before" {@code event}:
   * {@code days} clear days must lie between it and the event. For a short period the answer is a
   * business day (days that are not business days are neither clear days nor, under CPR 6.26, days
   * of deemed service); for a longer one it is the calendar day, whatever day of the week.
   *
   * @param event the day of the event, such as a hearing
   * @param days the clear days required; at least 1
   * @throws YearNotCoveredException for a short period reaching a year the calendar does not cover
   */
  public LocalDate latestDayBefore(LocalDate event, int days) {
    requireNonNull(event, "event");
    requirePositive(days);
    return isShortPeriod(event, days)
        ? calendar.minusBusinessDays(event, days + 1)
        : event.minusDays(days + 1L);
  }

  /**
   * The first day on which something may be done "at least {@code days} days after" {@code event}:
   * {@code days} clear days must lie between the event and it. For a short period the answer is a
   * business day.
   *
   * @param event the day of the event, such as notice of a hearing being given
   * @param days the clear days required; at least 1
   * @throws YearNotCoveredException for a short period reaching a year the calendar does not cover
   */
  public LocalDate earliestDayAfter(LocalDate event, int days) {
    requireNonNull(event, "event");
    requirePositive(days);
    return isShortPeriod(event, days)
        ? calendar.plusBusinessDays(event, days + 1)
        : event.plusDays(days + 1L);
  }

  /**
   * The last day of a period "within {@code days} days after" {@code start}: the start day is left
   * out and the last day counted is the answer.
   *
   * @param start the day the period runs from, such as the day a claim form is served
   * @param days the length of the period; at least 1
   * @throws YearNotCoveredException for a short period reaching a year the calendar does not cover
   */
  public LocalDate lastDayWithin(LocalDate start, int days) {
    requireNonNull(start, "start");
    requirePositive(days);
    return isShortPeriod(start, days)
        ? calendar.plusBusinessDays(start, days)
        : start.plusDays(days);
  }

  private static void requirePositive(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days: a period of clear days is at least 1, got " + days);
    }
  }
}
