package org.homeownership.recovery.calendar;

import java.time.LocalDate;

/** The day a posting counts from, under a {@link NonBusinessDayPosting} rule. */
final class PostingDay {

  private PostingDay() {}

  /** The day {@code posted} counts as, under {@code rule} over {@code calendar}. */
  static LocalDate of(LocalDate posted, NonBusinessDayPosting rule, BusinessCalendar calendar) {
    return switch (rule) {
      case NEXT_BUSINESS_DAY -> calendar.businessDayOnOrAfter(posted);
      case AS_POSTED -> posted;
    };
  }
}
