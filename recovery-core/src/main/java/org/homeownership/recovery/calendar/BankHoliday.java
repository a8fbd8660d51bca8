package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One bank holiday in England and Wales, as the gov.uk bank holidays data lists it
 * (LAW-AND-PRACTICE.md §13).
 *
 * @param date the day of the holiday
 * @param title its name, such as {@code Good Friday}
 * @param notes gov.uk's notes (such as {@code Substitute day}) or where the entry comes from; empty
 *     for none
 */
public record BankHoliday(LocalDate date, String title, String notes) {

  /** Checks every part is given and the title is not blank. */
  public BankHoliday {
    requireNonNull(date, "date");
    requireNonNull(title, "title");
    requireNonNull(notes, "notes");
    if (title.isBlank()) {
      throw new IllegalArgumentException("bank holiday on " + date + " has a blank title");
    }
  }

  /** A holiday with no notes. */
  public static BankHoliday of(LocalDate date, String title) {
    return new BankHoliday(date, title, "");
  }
}
