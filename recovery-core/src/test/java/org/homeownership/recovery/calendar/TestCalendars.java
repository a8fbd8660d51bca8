package org.homeownership.recovery.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * England and Wales bank holidays 2023 to 2026 for the core's tests: the same dates and titles as
 * the shipped {@code bank-holidays.json}: 2023 from the gov.uk data with the 8 May coronation
 * holiday; 2024, 2025 and 2026 from LAW-AND-PRACTICE.md §13.
 */
final class TestCalendars {

  private TestCalendars() {}

  static final List<BankHoliday> HOLIDAYS_2023_TO_2026 =
      List.of(
          h("2023-01-02", "New Year’s Day", "Substitute day"),
          h("2023-04-07", "Good Friday", ""),
          h("2023-04-10", "Easter Monday", ""),
          h("2023-05-01", "Early May bank holiday", ""),
          h("2023-05-08", "Bank holiday for the coronation of King Charles III", ""),
          h("2023-05-29", "Spring bank holiday", ""),
          h("2023-08-28", "Summer bank holiday", ""),
          h("2023-12-25", "Christmas Day", ""),
          h("2023-12-26", "Boxing Day", ""),
          h("2024-01-01", "New Year’s Day", ""),
          h("2024-03-29", "Good Friday", ""),
          h("2024-04-01", "Easter Monday", ""),
          h("2024-05-06", "Early May bank holiday", ""),
          h("2024-05-27", "Spring bank holiday", ""),
          h("2024-08-26", "Summer bank holiday", ""),
          h("2024-12-25", "Christmas Day", ""),
          h("2024-12-26", "Boxing Day", ""),
          h("2025-01-01", "New Year’s Day", ""),
          h("2025-04-18", "Good Friday", ""),
          h("2025-04-21", "Easter Monday", ""),
          h("2025-05-05", "Early May bank holiday", ""),
          h("2025-05-26", "Spring bank holiday", ""),
          h("2025-08-25", "Summer bank holiday", ""),
          h("2025-12-25", "Christmas Day", ""),
          h("2025-12-26", "Boxing Day", ""),
          h("2026-01-01", "New Year’s Day", ""),
          h("2026-04-03", "Good Friday", ""),
          h("2026-04-06", "Easter Monday", ""),
          h("2026-05-04", "Early May bank holiday", ""),
          h("2026-05-25", "Spring bank holiday", ""),
          h("2026-08-31", "Summer bank holiday", ""),
          h("2026-12-25", "Christmas Day", ""),
          h("2026-12-28", "Boxing Day", "Substitute day"));

  /** The calendar covering 2023 to 2026. */
  static BusinessCalendar englandAndWales() {
    return BusinessCalendar.englandAndWales(HOLIDAYS_2023_TO_2026);
  }

  private static BankHoliday h(String date, String title, String notes) {
    return new BankHoliday(LocalDate.parse(date), title, notes);
  }
}
