package org.homeownership.recovery.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  private final BusinessCalendar calendar = TestCalendars.englandAndWales();

  @ParameterizedTest(name = "{0} business day: {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # date     | business | why
          2026-04-02 | true     | Thursday before Easter
          2026-04-03 | false    | Good Friday
          2026-04-04 | false    | Saturday
          2026-04-05 | false    | Sunday
          2026-04-06 | false    | Easter Monday
          2026-04-07 | true     | Tuesday after Easter
          2026-12-24 | true     | Christmas Eve is not a bank holiday
          2026-12-25 | false    | Christmas Day (Friday)
          2026-12-26 | false    | Boxing Day falls on a Saturday
          2026-12-28 | false    | substitute day for Boxing Day
          2026-12-29 | true     | Tuesday after the substitute day
          2023-05-08 | false    | coronation bank holiday
          2023-05-09 | true     | day after the coronation holiday
          2025-12-24 | true     | Wednesday
          2025-12-26 | false    | Boxing Day (Friday)
          """)
  void businessDays(LocalDate date, boolean business, String why) {
    assertThat(calendar.isBusinessDay(date)).as(why).isEqualTo(business);
  }

  @ParameterizedTest(name = "{0} + {1} business days = {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # from     | n | expected   | why
          2026-04-01 | 0 | 2026-04-01 | zero gives the day itself
          2026-04-01 | 1 | 2026-04-02 | Wednesday to Thursday
          2026-04-02 | 1 | 2026-04-07 | skips Good Friday, the weekend and Easter Monday
          2026-04-02 | 2 | 2026-04-08 | second business day after Maundy Thursday
          2026-04-04 | 1 | 2026-04-07 | from a Saturday in Easter: Tuesday is the first
          2026-12-23 | 1 | 2026-12-24 | Christmas Eve is a business day
          2026-12-24 | 1 | 2026-12-29 | skips Christmas, the weekend and the 28 December substitute
          2026-12-24 | 3 | 2026-12-31 | Tuesday 29, Wednesday 30, Thursday 31
          2023-05-05 | 1 | 2023-05-09 | skips the weekend and the coronation Monday
          """)
  void plusBusinessDays(LocalDate from, int n, LocalDate expected, String why) {
    assertThat(calendar.plusBusinessDays(from, n)).as(why).isEqualTo(expected);
    assertThat(calendar.businessDaysBetween(from, expected)).as("inverse: " + why).isEqualTo(n);
  }

  @Test
  void nextAndPreviousBusinessDaysAreStrictlyAfterAndBefore() {
    assertThat(calendar.nextBusinessDay(LocalDate.parse("2026-04-07")))
        .isEqualTo(LocalDate.parse("2026-04-08"));
    assertThat(calendar.nextBusinessDay(LocalDate.parse("2026-04-02")))
        .isEqualTo(LocalDate.parse("2026-04-07"));
    assertThat(calendar.previousBusinessDay(LocalDate.parse("2026-04-07")))
        .isEqualTo(LocalDate.parse("2026-04-02"));
    assertThat(calendar.minusBusinessDays(LocalDate.parse("2026-12-29"), 2))
        .isEqualTo(LocalDate.parse("2026-12-23"));
    assertThat(calendar.businessDayOnOrAfter(LocalDate.parse("2026-12-25")))
        .isEqualTo(LocalDate.parse("2026-12-29"));
    assertThat(calendar.businessDayOnOrAfter(LocalDate.parse("2026-12-24")))
        .isEqualTo(LocalDate.parse("2026-12-24"));
  }

  @Test
  void businessDaysBetweenCountsDaysAfterTheStartUpToTheEnd() {
    // 1 to 30 April 2026: 21 weekdays after the 1st (2nd to 30th) less Good Friday, Easter Monday.
    assertThat(
            calendar.businessDaysBetween(
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30")))
        .isEqualTo(19);
    assertThat(
            calendar.businessDaysBetween(
                LocalDate.parse("2026-04-30"), LocalDate.parse("2026-04-01")))
        .isEqualTo(-19);
    assertThat(
            calendar.businessDaysBetween(
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-01")))
        .isZero();
  }

  @Test
  void aDateInAYearNotCoveredIsAnErrorNamingTheYear() {
    assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.parse("2027-01-04")))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessage(
            "no bank holidays are loaded for 2027 (the calendar covers 2023–2026): load a newer"
                + " bank-holidays file, such as https://www.gov.uk/bank-holidays.json")
        .satisfies(e -> assertThat(((YearNotCoveredException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> calendar.plusBusinessDays(LocalDate.parse("2026-12-30"), 2))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("2027");
    assertThatThrownBy(() -> calendar.holiday(LocalDate.parse("2022-12-26")))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("2022");
  }

  @Test
  void yearsCoveredAreTheYearsWithHolidaysUnlessGiven() {
    assertThat(calendar.yearsCovered()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(calendar.holiday(LocalDate.parse("2026-12-28")))
        .contains(new BankHoliday(LocalDate.parse("2026-12-28"), "Boxing Day", "Substitute day"));
    BusinessCalendar gapped =
        BusinessCalendar.englandAndWales(
            List.of(BankHoliday.of(LocalDate.parse("2025-12-25"), "Christmas Day")),
            List.of(2025, 2027));
    assertThatThrownBy(() -> gapped.isBusinessDay(LocalDate.parse("2026-06-01")))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("covers [2025, 2027]");
  }

  @Test
  void badDataIsRefused() {
    BankHoliday christmas = BankHoliday.of(LocalDate.parse("2025-12-25"), "Christmas Day");
    assertThatThrownBy(
            () -> BusinessCalendar.englandAndWales(List.of(christmas, christmas), List.of(2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two bank holidays on 2025-12-25");
    assertThatThrownBy(() -> BusinessCalendar.englandAndWales(List.of(christmas), List.of(2024)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bank holiday on 2025-12-25 falls outside the years covered [2024]");
    assertThatThrownBy(() -> BusinessCalendar.englandAndWales(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a business calendar must cover at least one year");
    assertThatThrownBy(() -> BankHoliday.of(LocalDate.parse("2025-12-25"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bank holiday on 2025-12-25 has a blank title");
  }
}
