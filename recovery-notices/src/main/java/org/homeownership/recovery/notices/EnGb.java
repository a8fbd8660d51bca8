package org.homeownership.recovery.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.homeownership.recovery.money.Money;

/**
 * Formats money and dates as a reader in England expects them: {@code £1,234.56}, {@code 24
 * November 2026}.
 */
final class EnGb {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private EnGb() {}

  static String money(Money amount) {
    return amount.format();
  }

  static String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  static String shortDate(LocalDate date) {
    return SHORT_DATE.format(date);
  }
}
