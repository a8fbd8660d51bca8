package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * Deemed service of a court document other than a claim form, under CPR 6.26 as summarised in
 * LAW-AND-PRACTICE.md §13:
 *
 * <table>
 *   <caption>CPR 6.26</caption>
 *   <tr><th>Method</th><th>Deemed served</th></tr>
 *   <tr><td>First class post (or other next-business-day service)</td><td>the second day after
 *       posting if that is a business day, otherwise the next business day after it</td></tr>
 *   <tr><td>Delivery to the address; personal service</td><td>that day if before 4.30pm on a
 *       business day, otherwise the next business day</td></tr>
 *   <tr><td>Email</td><td>that day if sent before 4.30pm on a business day, otherwise the next
 *       business day</td></tr>
 * </table>
 *
 * <p>A letter posted on a Saturday, Sunday or bank holiday is counted as {@link
 * NonBusinessDayPosting} says; by default as posted on the next business day (UNCONFIRMED, §13).
 * Second class post is not a method CPR 6.26 gives and is refused.
 */
public final class CourtDocumentService implements DeemedService {

  private final BusinessCalendar calendar;
  private final NonBusinessDayPosting posting;
  private final EffectiveDated<ServiceFigures> figures;

  /**
   * The CPR 6.26 rules over {@code calendar}.
   *
   * @param calendar the business days
   * @param posting how a posting on a day that is not a business day counts
   */
  public CourtDocumentService(BusinessCalendar calendar, NonBusinessDayPosting posting) {
    this(calendar, posting, ServiceFigures.statutory());
  }

  /**
   * The CPR 6.26 rules over {@code calendar} with the figures in force on the day sent.
   *
   * @param calendar the business days
   * @param posting how a posting on a day that is not a business day counts
   * @param figures the days and the cut-off time
   */
  public CourtDocumentService(
      BusinessCalendar calendar,
      NonBusinessDayPosting posting,
      EffectiveDated<ServiceFigures> figures) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.posting = requireNonNull(posting, "posting");
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * The CPR 6.26 rules over {@code calendar}, weekend postings counted from the next business day.
   */
  public CourtDocumentService(BusinessCalendar calendar) {
    this(calendar, NonBusinessDayPosting.NEXT_BUSINESS_DAY);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException for second class post, which CPR 6.26 does not give
   * @throws YearNotCoveredException if a day looked at is in a year the bank holidays do not cover
   */
  @Override
  public LocalDate deemedServed(LocalDateTime sent, ServiceMethod method) {
    requireNonNull(sent, "sent");
    requireNonNull(method, "method");
    ServiceFigures rules = figures.on(sent.toLocalDate());
    return switch (method) {
      case FIRST_CLASS_POST -> {
        LocalDate posted = PostingDay.of(sent.toLocalDate(), posting, calendar);
        yield calendar.businessDayOnOrAfter(posted.plusDays(rules.firstClassPostDays()));
      }
      case HAND_DELIVERY, PERSONAL, EMAIL -> {
        LocalDate day = sent.toLocalDate();
        yield calendar.isBusinessDay(day) && sent.toLocalTime().isBefore(rules.sameDayCutOff())
            ? day
            : calendar.nextBusinessDay(day);
      }
      case SECOND_CLASS_POST ->
          throw new IllegalArgumentException(
              "method SECOND_CLASS_POST: CPR 6.26 (LAW-AND-PRACTICE.md §13) gives first class post"
                  + " or another next-business-day service only");
    };
  }

  @Override
  public String toString() {
    return "CPR 6.26 deemed service (" + posting + ")";
  }
}
