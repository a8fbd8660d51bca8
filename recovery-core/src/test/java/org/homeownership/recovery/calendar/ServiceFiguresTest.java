package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.homeownership.recovery.config.EffectiveDated;
import org.junit.jupiter.api.Test;

/** The service rules take their figures from the version in force on the day sent. */
class ServiceFiguresTest {

  private static final BusinessCalendar CALENDAR = TestCalendars.englandAndWales();

  /** A hypothetical later version of the rules, from 1 January 2026: 5pm cut-off, 3 days post. */
  private static final EffectiveDated<ServiceFigures> CHANGED =
      ServiceFigures.statutory()
          .withVersion(
              LocalDate.of(2026, 1, 1), new ServiceFigures(3, LocalTime.of(17, 0), 3, 3, 5, 7));

  @Test
  void theStatutoryFiguresAreThoseOfSection13() {
    ServiceFigures figures = ServiceFigures.statutory().on(LocalDate.of(2025, 6, 2));

    assertThat(figures).isEqualTo(new ServiceFigures(2, LocalTime.of(16, 30), 2, 2, 4, 5));
  }

  @Test
  void eachRuleUsesTheVersionInForceOnTheDaySent() {
    CourtDocumentService cpr =
        new CourtDocumentService(CALENDAR, NonBusinessDayPosting.NEXT_BUSINESS_DAY, CHANGED);
    OrdinaryCourseOfPost post =
        new OrdinaryCourseOfPost(CALENDAR, NonBusinessDayPosting.NEXT_BUSINESS_DAY, CHANGED);
    ClearDays clear = new ClearDays(CALENDAR, CHANGED);

    // Wednesday 4 June 2025, email at 4.45pm: after the 4.30pm cut-off, so Thursday
    assertThat(cpr.deemedServed(LocalDateTime.of(2025, 6, 4, 16, 45), ServiceMethod.EMAIL))
        .isEqualTo(LocalDate.of(2025, 6, 5));
    // Wednesday 3 June 2026 under the later version: before its 5pm cut-off, so the same day
    assertThat(cpr.deemedServed(LocalDateTime.of(2026, 6, 3, 16, 45), ServiceMethod.EMAIL))
        .isEqualTo(LocalDate.of(2026, 6, 3));
    // first class post on Monday 1 June 2026: the 3rd working day under the later version
    assertThat(
            post.deemedServed(LocalDateTime.of(2026, 6, 1, 12, 0), ServiceMethod.FIRST_CLASS_POST))
        .isEqualTo(LocalDate.of(2026, 6, 4));
    // a 6-day period is long in 2025 (calendar days) and short under the later version
    assertThat(clear.isShortPeriod(LocalDate.of(2025, 6, 2), 6)).isFalse();
    assertThat(clear.isShortPeriod(LocalDate.of(2026, 6, 1), 6)).isTrue();
  }
}
