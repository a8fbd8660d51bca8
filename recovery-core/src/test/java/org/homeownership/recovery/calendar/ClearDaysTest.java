package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CPR 2.8 clear days (LAW-AND-PRACTICE.md §13), with every official example listed there. */
class ClearDaysTest {

  private final ClearDays clear = new ClearDays(TestCalendars.englandAndWales());

  @ParameterizedTest(name = "{1} clear days before {0} -> by {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # event      | days | latest     | why
          2023-10-20   | 3    | 2023-10-16 | official: hearing Fri 20 Oct -> serve by Mon 16 Oct
          2025-10-20   | 3    | 2025-10-14 | official: hearing Mon 20 Oct -> Tue 14 Oct (Fri, Thu, Wed clear)
          2025-10-16   | 3    | 2025-10-10 | hearing Thu: Wed, Tue, Mon clear -> the Fri, not the Sun
          2025-10-22   | 1    | 2025-10-20 | 1 clear day (Tue) before Wed
          2025-10-22   | 5    | 2025-10-14 | 5 is still short: Tue, Mon, Fri, Thu, Wed -> Tue 14
          2025-10-22   | 6    | 2025-10-15 | 6 counts calendar days: 21..16 clear -> Wed 15
          2026-04-08   | 3    | 2026-03-31 | Wed after Easter: Tue 7, Thu 2, Wed 1 clear -> Tue 31 Mar
          2025-10-27   | 7    | 2025-10-19 | long period may end on a Sunday: 26..20 clear
          """)
  void latestDayBefore(LocalDate event, int days, LocalDate latest, String why) {
    assertThat(clear.latestDayBefore(event, days)).as(why).isEqualTo(latest);
  }

  @ParameterizedTest(name = "{1} clear days after {0} -> from {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # event      | days | earliest   | why
          2025-10-01   | 28   | 2025-10-30 | official: 28 days after notice on 1 Oct -> 30 Oct
          2023-10-01   | 28   | 2023-10-30 | the same in 2023
          2025-10-08   | 3    | 2025-10-14 | Wed: Thu, Fri, Mon clear -> Tue
          2026-12-23   | 2    | 2026-12-30 | Wed 23: Thu 24, Tue 29 clear -> Wed 30
          2025-10-08   | 6    | 2025-10-15 | 6 counts calendar days: 9..14 clear -> Wed 15
          """)
  void earliestDayAfter(LocalDate event, int days, LocalDate earliest, String why) {
    assertThat(clear.earliestDayAfter(event, days)).as(why).isEqualTo(earliest);
  }

  @ParameterizedTest(name = "within {1} days after {0} -> by {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # start      | days | last       | why
          2025-10-02   | 14   | 2025-10-16 | official: particulars within 14 days of service on 2 Oct -> 16 Oct
          2023-10-02   | 14   | 2023-10-16 | the same in 2023
          2025-10-09   | 5    | 2025-10-16 | Thu: Fri, Mon, Tue, Wed, Thu
          2026-04-02   | 2    | 2026-04-08 | Maundy Thursday: Tue 7, Wed 8
          2025-10-09   | 6    | 2025-10-15 | 6 counts calendar days
          """)
  void lastDayWithin(LocalDate start, int days, LocalDate last, String why) {
    assertThat(clear.lastDayWithin(start, days)).as(why).isEqualTo(last);
  }

  @Test
  void theShortPeriodBoundaryIsFiveDays() {
    assertThat(clear.isShortPeriod(LocalDate.of(2025, 10, 20), 4)).isTrue();
    assertThat(clear.isShortPeriod(LocalDate.of(2025, 10, 20), 5)).isTrue();
    assertThat(clear.isShortPeriod(LocalDate.of(2025, 10, 20), 6)).isFalse();
  }

  @Test
  void aPeriodOfNoDaysIsRefused() {
    assertThatThrownBy(() -> clear.lastDayWithin(LocalDate.parse("2025-10-09"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days: a period of clear days is at least 1, got 0");
  }
}
