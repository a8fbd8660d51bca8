package org.homeownership.recovery.sharedownership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.homeownership.recovery.money.Money;

/**
 * The initial rent of a shared ownership home (LAW-AND-PRACTICE.md §10): the value of the share the
 * owner does not own × the rent rate (up to 3%, most landlords 2.75%), a year. Rounding rule: the
 * exact product is rounded once, half up, to the penny. £400,000 with 40% bought: £240,000 × 2.75%
 * = £6,600 a year.
 */
public final class UnownedShareRent {

  /** The rule as it reads in explanations. */
  public static final String ROUNDING =
      "value × unowned share × rent rate, rounded once half up to the penny";

  /** A calculator with no configuration. */
  public UnownedShareRent() {}

  /**
   * The annual rent.
   *
   * @param value the home's value (at purchase, or the last valuation the lease uses)
   * @param unownedSharePercent the share the owner does not own, in percent, such as {@code 60}
   * @param rentRatePercent the rent rate in percent a year, such as {@code 2.75}
   */
  public AnnualRent annualRent(
      Money value, BigDecimal unownedSharePercent, BigDecimal rentRatePercent) {
    Percent.requireShare("unownedSharePercent", unownedSharePercent);
    Percent.requireShare("rentRatePercent", rentRatePercent);
    if (value.isNegative()) {
      throw new IllegalArgumentException("value must not be negative, not " + value);
    }
    BigDecimal unownedValue = value.pounds().multiply(unownedSharePercent).movePointLeft(2);
    long pence =
        BigDecimal.valueOf(value.pence())
            .multiply(unownedSharePercent)
            .multiply(rentRatePercent)
            .movePointLeft(4)
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    Money annual = Money.ofPence(pence);
    return new AnnualRent(
        annual,
        List.of(
            "Value "
                + value.format()
                + " × unowned share "
                + Percent.format(unownedSharePercent)
                + " = £"
                + unownedValue.stripTrailingZeros().toPlainString()
                + " unowned",
            "Unowned value × rent rate "
                + Percent.format(rentRatePercent)
                + " = "
                + annual.format()
                + " a year",
            "Rounding: " + ROUNDING));
  }
}
