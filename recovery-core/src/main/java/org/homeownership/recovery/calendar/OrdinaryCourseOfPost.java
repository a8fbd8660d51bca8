package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * Deemed service of a notice that is not a court document, sent by post: delivered "in the ordinary
 * course of post" (LPA 1925 s.196, where the lease incorporates it; Interpretation Act 1978 s.7),
 * which the 1985 Practice Direction puts at the <b>second working day</b> after posting for first
 * class and the <b>fourth working day</b> for second class (LAW-AND-PRACTICE.md §1.9 and §13). A
 * working day is taken to be a business day (not a Saturday, Sunday or bank holiday).
 *
 * <p>Posting on a Saturday, Sunday or bank holiday counts as {@link NonBusinessDayPosting} says; by
 * default as posted on the next business day (UNCONFIRMED, §13). The rule covers post only: hand
 * delivery, personal service and email are refused, because no source in LAW-AND-PRACTICE.md gives
 * their deemed day for these notices.
 */
public final class OrdinaryCourseOfPost implements DeemedService {

  private final BusinessCalendar calendar;
  private final NonBusinessDayPosting posting;
  private final EffectiveDated<ServiceFigures> figures;

  /**
   * The ordinary course of post over {@code calendar}.
   *
   * @param calendar the working days
   * @param posting how a posting on a day that is not a business day counts
   */
  public OrdinaryCourseOfPost(BusinessCalendar calendar, NonBusinessDayPosting posting) {
    this(calendar, posting, ServiceFigures.statutory());
  }

  /**
   * The ordinary course of post over {@code calendar} with the figures in force on the day posted.
   *
   * @param calendar the working days
   * @param posting how a posting on a day that is not a business day counts
   * @param figures the working days for first and second class post
   */
  public OrdinaryCourseOfPost(
      BusinessCalendar calendar,
      NonBusinessDayPosting posting,
      EffectiveDated<ServiceFigures> figures) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.posting = requireNonNull(posting, "posting");
    this.figures = requireNonNull(figures, "figures");
  }

  /** The ordinary course of post, weekend postings counted from the next business day. */
  public OrdinaryCourseOfPost(BusinessCalendar calendar) {
    this(calendar, NonBusinessDayPosting.NEXT_BUSINESS_DAY);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException for a method other than first or second class post
   * @throws YearNotCoveredException if a day looked at is in a year the bank holidays do not cover
   */
  @Override
  public LocalDate deemedServed(LocalDateTime sent, ServiceMethod method) {
    requireNonNull(sent, "sent");
    requireNonNull(method, "method");
    ServiceFigures rules = figures.on(sent.toLocalDate());
    int workingDays =
        switch (method) {
          case FIRST_CLASS_POST -> rules.firstClassWorkingDays();
          case SECOND_CLASS_POST -> rules.secondClassWorkingDays();
          case HAND_DELIVERY, PERSONAL, EMAIL ->
              throw new IllegalArgumentException(
                  "method "
                      + method
                      + ": the ordinary course of post (LAW-AND-PRACTICE.md §1.9, §13) covers"
                      + " first and second class post only");
        };
    LocalDate posted = PostingDay.of(sent.toLocalDate(), posting, calendar);
    return calendar.plusBusinessDays(posted, workingDays);
  }

  @Override
  public String toString() {
    return "ordinary course of post (" + posting + ")";
  }
}
