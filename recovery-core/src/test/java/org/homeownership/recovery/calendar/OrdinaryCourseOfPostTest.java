package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ordinary course of post (LAW-AND-PRACTICE.md §1.9, §13): 2nd or 4th working day. */
class OrdinaryCourseOfPostTest {

  private final BusinessCalendar calendar = TestCalendars.englandAndWales();
  private final OrdinaryCourseOfPost post = new OrdinaryCourseOfPost(calendar);
  private final OrdinaryCourseOfPost asPosted =
      new OrdinaryCourseOfPost(calendar, NonBusinessDayPosting.AS_POSTED);

  @ParameterizedTest(name = "{1} posted {0} -> {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # posted           | method            | expected   | why
          2025-10-06T09:00   | FIRST_CLASS_POST  | 2025-10-08 | Mon: 2nd working day Wed
          2025-10-09T09:00   | FIRST_CLASS_POST  | 2025-10-13 | Thu: Fri, Mon
          2025-10-10T09:00   | FIRST_CLASS_POST  | 2025-10-14 | Fri: Mon, Tue (working days, unlike CPR 6.26)
          2025-10-11T09:00   | FIRST_CLASS_POST  | 2025-10-15 | Sat: treated as Mon -> Tue, Wed (UNCONFIRMED)
          2025-10-06T09:00   | SECOND_CLASS_POST | 2025-10-10 | Mon: 4th working day Fri
          2025-10-08T09:00   | SECOND_CLASS_POST | 2025-10-14 | Wed: Thu, Fri, Mon, Tue
          2025-10-12T09:00   | SECOND_CLASS_POST | 2025-10-17 | Sun: treated as Mon -> Fri (UNCONFIRMED)
          2026-04-01T09:00   | FIRST_CLASS_POST  | 2026-04-07 | Wed before Easter: Thu 2, Tue 7
          2026-04-01T09:00   | SECOND_CLASS_POST | 2026-04-09 | Thu 2, Tue 7, Wed 8, Thu 9
          2026-12-22T09:00   | SECOND_CLASS_POST | 2026-12-30 | Wed 23, Thu 24, Tue 29, Wed 30
          2026-12-24T09:00   | FIRST_CLASS_POST  | 2026-12-30 | Christmas Eve: Tue 29, Wed 30
          2023-05-05T09:00   | FIRST_CLASS_POST  | 2023-05-10 | Fri before the coronation: Tue 9, Wed 10
          """)
  void deemedServed(LocalDateTime sent, ServiceMethod method, LocalDate expected, String why) {
    assertThat(post.deemedServed(sent, method)).as(why).isEqualTo(expected);
  }

  @Test
  void postingOnASaturdayCountedAsPosted() {
    assertThat(
            asPosted.deemedServed(
                LocalDateTime.parse("2025-10-11T09:00"), ServiceMethod.FIRST_CLASS_POST))
        .as("Sat: Mon, Tue")
        .isEqualTo(LocalDate.parse("2025-10-14"));
    assertThat(
            asPosted.deemedServed(
                LocalDateTime.parse("2025-10-11T09:00"), ServiceMethod.SECOND_CLASS_POST))
        .as("Sat: Mon, Tue, Wed, Thu")
        .isEqualTo(LocalDate.parse("2025-10-16"));
  }

  @Test
  void methodsOtherThanPostAreRefused() {
    for (ServiceMethod method :
        new ServiceMethod[] {
          ServiceMethod.HAND_DELIVERY, ServiceMethod.PERSONAL, ServiceMethod.EMAIL
        }) {
      assertThatThrownBy(() -> post.deemedServed(LocalDateTime.parse("2025-10-08T09:00"), method))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("method " + method + ": the ordinary course of post");
    }
  }
}
