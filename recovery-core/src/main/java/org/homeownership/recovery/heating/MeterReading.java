package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A heat meter's register in kWh on a day, read or estimated.
 *
 * @param readOn the day of the reading
 * @param registerKwh the meter's cumulative register in kWh; not negative
 * @param kind whether it was read or estimated
 */
public record MeterReading(LocalDate readOn, BigDecimal registerKwh, ReadingKind kind) {

  /** Checks every part is given and the register is not negative. */
  public MeterReading {
    requireNonNull(readOn, "readOn");
    requireNonNull(registerKwh, "registerKwh");
    requireNonNull(kind, "kind");
    if (registerKwh.signum() < 0) {
      throw new IllegalArgumentException(
          "registerKwh must not be negative, not " + registerKwh.toPlainString());
    }
  }

  /** The reading as it reads on a bill: {@code 12345.6 kWh on 2026-01-15 (actual)}. */
  public String describe() {
    return registerKwh.toPlainString()
        + " kWh on "
        + readOn
        + " ("
        + kind.name().toLowerCase(Locale.UK)
        + ")";
  }
}
