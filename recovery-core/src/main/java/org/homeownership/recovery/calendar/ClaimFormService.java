package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * Deemed service of a claim form under CPR 6.14 (LAW-AND-PRACTICE.md §13): the second business day
 * after the step required by CPR 7.5 (posting, delivering, handing over or emailing it), whatever
 * the time of day. A step on a Saturday, Sunday or bank holiday counts its two business days from
 * the next business day on, so a Saturday posting is deemed served on the Tuesday.
 *
 * <p>Second class post is refused: §13 gives CPR 6.26's first class post (or another
 * next-business-day service) as the postal method.
 */
public final class ClaimFormService implements DeemedService {

  private final BusinessCalendar calendar;
  private final EffectiveDated<ServiceFigures> figures;

  /** The CPR 6.14 rule over {@code calendar}. */
  public ClaimFormService(BusinessCalendar calendar) {
    this(calendar, ServiceFigures.statutory());
  }

  /** The CPR 6.14 rule over {@code calendar} with the figures in force on the day of the step. */
  public ClaimFormService(BusinessCalendar calendar, EffectiveDated<ServiceFigures> figures) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * {@inheritDoc}
   *
   * @param sent when the CPR 7.5 step was taken
   * @throws IllegalArgumentException for second class post
   * @throws YearNotCoveredException if a day looked at is in a year the bank holidays do not cover
   */
  @Override
  public LocalDate deemedServed(LocalDateTime sent, ServiceMethod method) {
    requireNonNull(sent, "sent");
    requireNonNull(method, "method");
    if (method == ServiceMethod.SECOND_CLASS_POST) {
      throw new IllegalArgumentException(
          "method SECOND_CLASS_POST: a claim form goes by first class post or another"
              + " next-business-day service (CPR 6.14 and 6.26, LAW-AND-PRACTICE.md §13)");
    }
    return calendar.plusBusinessDays(
        sent.toLocalDate(), figures.on(sent.toLocalDate()).claimFormBusinessDays());
  }

  @Override
  public String toString() {
    return "CPR 6.14 claim form deemed service";
  }
}
