package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A two-part heat tariff (LAW-AND-PRACTICE.md §9.3): a unit rate in pence per kWh and a standing
 * charge in pence per day, both before VAT, and the VAT rate in percent (5% on domestic heat).
 * Tariffs change over time, so they are held as {@code EffectiveDated<HeatTariff>}.
 *
 * @param unitRatePence pence per kWh before VAT, such as {@code 12}; not negative
 * @param standingChargePencePerDay pence per day before VAT, such as {@code 39.45}; not negative
 * @param vatPercent the VAT rate in percent, such as {@code 5}; not negative
 */
public record HeatTariff(
    BigDecimal unitRatePence, BigDecimal standingChargePencePerDay, BigDecimal vatPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks every rate is given and not negative. */
  public HeatTariff {
    requireNonNull(unitRatePence, "unitRatePence");
    requireNonNull(standingChargePencePerDay, "standingChargePencePerDay");
    requireNonNull(vatPercent, "vatPercent");
    requireNotNegative("unitRatePence", unitRatePence);
    requireNotNegative("standingChargePencePerDay", standingChargePencePerDay);
    requireNotNegative("vatPercent", vatPercent);
  }

  /** The unit rate including VAT, exact: 12p at 5% is 12.6p. */
  public BigDecimal unitRateIncludingVatPence() {
    return withVat(unitRatePence);
  }

  /** The standing charge per day including VAT, exact: 39.45p at 5% is 41.4225p. */
  public BigDecimal standingChargeIncludingVatPencePerDay() {
    return withVat(standingChargePencePerDay);
  }

  /**
   * A rate including VAT as a tariff sheet shows it, to hundredths of a penny rounded half up:
   * 39.45p at 5% shows as 41.42p. For display only; bills apply VAT to each line's total.
   */
  public static BigDecimal asPublished(BigDecimal ratePence) {
    return ratePence.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** The VAT rate as a fraction: 5% is 0.05. */
  public BigDecimal vatFraction() {
    return vatPercent.divide(HUNDRED);
  }

  private BigDecimal withVat(BigDecimal pence) {
    return pence.add(pence.multiply(vatFraction()));
  }

  private static void requireNotNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + " must not be negative, not " + value.toPlainString());
    }
  }
}
