package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CPR 6.26 (LAW-AND-PRACTICE.md §13), one row per case. */
class CourtDocumentServiceTest {

  private final BusinessCalendar calendar = TestCalendars.englandAndWales();
  private final CourtDocumentService service = new CourtDocumentService(calendar);
  private final CourtDocumentService asPosted =
      new CourtDocumentService(calendar, NonBusinessDayPosting.AS_POSTED);

  @ParameterizedTest(name = "{1} sent {0} -> {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sent             | method           | expected   | why
          2025-10-06T09:00   | FIRST_CLASS_POST | 2025-10-08 | posted Mon -> Wed (§13 table)
          2025-10-07T09:00   | FIRST_CLASS_POST | 2025-10-09 | posted Tue -> Thu
          2025-10-08T09:00   | FIRST_CLASS_POST | 2025-10-10 | posted Wed -> Fri
          2025-10-09T09:00   | FIRST_CLASS_POST | 2025-10-13 | posted Thu: 2nd day is Sat -> Mon
          2025-10-10T09:00   | FIRST_CLASS_POST | 2025-10-13 | posted Fri: 2nd day is Sun -> Mon
          2025-10-10T23:59   | FIRST_CLASS_POST | 2025-10-13 | post has no 4.30pm cut-off
          2025-10-11T09:00   | FIRST_CLASS_POST | 2025-10-15 | posted Sat: treated as Mon -> Wed (UNCONFIRMED)
          2025-10-12T09:00   | FIRST_CLASS_POST | 2025-10-15 | posted Sun: treated as Mon -> Wed (UNCONFIRMED)
          2026-04-01T09:00   | FIRST_CLASS_POST | 2026-04-07 | 2nd day is Good Friday; Easter Monday too -> Tue
          2026-04-02T09:00   | FIRST_CLASS_POST | 2026-04-07 | 2nd day is Sat of Easter -> Tue
          2026-04-03T09:00   | FIRST_CLASS_POST | 2026-04-09 | posted Good Friday: treated as Tue 7 -> Thu 9
          2026-04-06T09:00   | FIRST_CLASS_POST | 2026-04-09 | posted Easter Monday: treated as Tue 7 -> Thu 9
          2026-04-07T09:00   | FIRST_CLASS_POST | 2026-04-09 | posted Tue after Easter -> Thu
          2026-12-22T09:00   | FIRST_CLASS_POST | 2026-12-24 | Tue -> Christmas Eve, a business day
          2026-12-23T09:00   | FIRST_CLASS_POST | 2026-12-29 | 2nd day is Christmas Day; 28th substitute -> Tue 29
          2026-12-24T09:00   | FIRST_CLASS_POST | 2026-12-29 | 2nd day is Sat 26 -> Tue 29 past the substitute day
          2025-12-23T09:00   | FIRST_CLASS_POST | 2025-12-29 | 2nd day is Christmas Day; Boxing Day Fri -> Mon 29
          2023-05-04T09:00   | FIRST_CLASS_POST | 2023-05-09 | 2nd day is Sat; Mon 8 coronation -> Tue 9
          2025-10-08T16:29   | HAND_DELIVERY    | 2025-10-08 | before 4.30pm on a business day -> that day
          2025-10-08T16:30   | HAND_DELIVERY    | 2025-10-09 | at 4.30pm is not before it -> next business day
          2025-10-08T16:31   | HAND_DELIVERY    | 2025-10-09 | after 4.30pm -> next business day
          2025-10-10T17:00   | HAND_DELIVERY    | 2025-10-13 | Friday evening -> Monday
          2025-10-11T10:00   | PERSONAL         | 2025-10-13 | Saturday morning -> Monday
          2025-10-08T10:00   | PERSONAL         | 2025-10-08 | Wednesday morning -> that day
          2026-12-24T16:29   | EMAIL            | 2026-12-24 | Christmas Eve before 4.30pm -> that day
          2026-12-24T16:45   | EMAIL            | 2026-12-29 | Christmas Eve after 4.30pm -> past Christmas and the 28th
          2026-12-26T10:00   | PERSONAL         | 2026-12-29 | Boxing Day (Sat) -> Tue 29 past the substitute Monday
          2025-04-18T10:00   | HAND_DELIVERY    | 2025-04-22 | Good Friday morning -> Tue after Easter Monday
          2025-04-17T16:30   | EMAIL            | 2025-04-22 | Maundy Thursday 4.30pm -> Tue after Easter
          2025-12-25T09:00   | EMAIL            | 2025-12-29 | Christmas Day -> Mon 29 (Boxing Day Fri)
          """)
  void deemedServed(LocalDateTime sent, ServiceMethod method, LocalDate expected, String why) {
    assertThat(service.deemedServed(sent, method)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "as posted: {0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # posted           | expected   | why
          2025-10-11T09:00   | 2025-10-13 | Sat + 2 = Mon, a business day
          2025-10-12T09:00   | 2025-10-14 | Sun + 2 = Tue
          2026-04-03T09:00   | 2026-04-07 | Good Friday + 2 = Sun -> Tue after Easter Monday
          2025-10-08T09:00   | 2025-10-10 | a business day posting is the same either way
          """)
  void postingOnANonBusinessDayCountedAsPosted(LocalDateTime sent, LocalDate expected, String why) {
    assertThat(asPosted.deemedServed(sent, ServiceMethod.FIRST_CLASS_POST))
        .as(why)
        .isEqualTo(expected);
  }

  @Test
  void secondClassPostIsRefused() {
    assertThatThrownBy(
            () ->
                service.deemedServed(
                    LocalDateTime.parse("2025-10-08T09:00"), ServiceMethod.SECOND_CLASS_POST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("method SECOND_CLASS_POST: CPR 6.26");
  }

  @Test
  void servicePastTheDataIsAnErrorNotAGuess() {
    assertThatThrownBy(
            () ->
                service.deemedServed(
                    LocalDateTime.parse("2026-12-30T09:00"), ServiceMethod.FIRST_CLASS_POST))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("2027")
        .hasMessageContaining("load a newer bank-holidays file");
  }
}
