package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.homeownership.recovery.money.Money;

/**
 * How a heating bill rounds to the penny: each line's net amount (kWh × unit rate, days × daily
 * standing charge) is rounded once at the line total, and each line's VAT once, by the configured
 * modes. LAW-AND-PRACTICE.md §9.3 recommends a daily rate × days rounded to the penny at the line
 * total; the modes are configuration ({@code EffectiveDated<HeatBillRounding>}) and the rule is
 * named on every bill.
 *
 * @param lineRounding the rounding of each line's net amount
 * @param vatRounding the rounding of each line's VAT
 */
public record HeatBillRounding(RoundingMode lineRounding, RoundingMode vatRounding) {

  /** Checks both modes are given and neither is {@code UNNECESSARY}. */
  public HeatBillRounding {
    requireNonNull(lineRounding, "lineRounding");
    requireNonNull(vatRounding, "vatRounding");
    if (lineRounding == RoundingMode.UNNECESSARY || vatRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("a heating bill rounding mode must not be UNNECESSARY");
    }
  }

  /** The rule as it reads on a bill. */
  public String describe() {
    return "each line's net amount rounded "
        + words(lineRounding)
        + " to the penny at the line total; each line's VAT rounded "
        + words(vatRounding)
        + " to the penny";
  }

  /** {@code exactPence} rounded to whole pence for a line's net amount. */
  Money line(BigDecimal exactPence) {
    return Money.ofPence(exactPence.setScale(0, lineRounding).longValueExact());
  }

  /** The VAT on {@code net} at {@code fraction}, rounded to whole pence. */
  Money vat(Money net, BigDecimal fraction) {
    return Money.ofPence(
        BigDecimal.valueOf(net.pence())
            .multiply(fraction)
            .setScale(0, vatRounding)
            .longValueExact());
  }

  private static String words(RoundingMode mode) {
    return mode.name().toLowerCase(Locale.UK).replace('_', ' ');
  }
}
