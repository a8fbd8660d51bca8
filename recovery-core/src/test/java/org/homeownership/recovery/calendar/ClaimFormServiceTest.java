package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CPR 6.14 (LAW-AND-PRACTICE.md §13): the second business day after the step. */
class ClaimFormServiceTest {

  private final ClaimFormService service = new ClaimFormService(TestCalendars.englandAndWales());

  @ParameterizedTest(name = "{1} step {0} -> {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # step             | method           | expected   | why
          2025-10-06T09:00   | FIRST_CLASS_POST | 2025-10-08 | Mon -> Wed
          2025-10-09T09:00   | FIRST_CLASS_POST | 2025-10-13 | Thu -> Fri, Mon
          2025-10-10T09:00   | FIRST_CLASS_POST | 2025-10-14 | Fri -> Mon, Tue
          2025-10-11T09:00   | FIRST_CLASS_POST | 2025-10-14 | Sat -> Mon, Tue
          2025-10-10T18:00   | PERSONAL         | 2025-10-14 | no time of day cut-off for a claim form
          2025-10-08T10:00   | EMAIL            | 2025-10-10 | Wed -> Fri
          2026-04-02T09:00   | HAND_DELIVERY    | 2026-04-08 | Maundy Thursday -> Tue 7, Wed 8
          2026-12-23T09:00   | FIRST_CLASS_POST | 2026-12-29 | Wed 23 -> Thu 24, Tue 29
          2026-12-24T09:00   | FIRST_CLASS_POST | 2026-12-30 | Thu 24 -> Tue 29, Wed 30
          """)
  void deemedServed(LocalDateTime sent, ServiceMethod method, LocalDate expected, String why) {
    assertThat(service.deemedServed(sent, method)).as(why).isEqualTo(expected);
  }

  @Test
  void secondClassPostIsRefused() {
    assertThatThrownBy(
            () ->
                service.deemedServed(
                    LocalDateTime.parse("2025-10-08T09:00"), ServiceMethod.SECOND_CLASS_POST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("method SECOND_CLASS_POST: a claim form goes by first class post");
  }
}
