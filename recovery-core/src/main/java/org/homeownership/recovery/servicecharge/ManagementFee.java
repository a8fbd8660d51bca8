package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.homeownership.recovery.money.Money;

/**
 * A management fee charged on top of a dwelling's share of the heads.
 *
 * @param rate the fee as a fraction of the base (0.15 for 15%)
 * @param base the dwelling's share of the heads
 * @param fee {@code base × rate}, rounded by {@code rounding}
 * @param rounding the rounding rule applied
 */
public record ManagementFee(BigDecimal rate, Money base, Money fee, RoundingMode rounding) {

  /** Checks every part is given. */
  public ManagementFee {
    requireNonNull(rate, "rate");
    requireNonNull(base, "base");
    requireNonNull(fee, "fee");
    requireNonNull(rounding, "rounding");
  }

  static ManagementFee on(Money base, BigDecimal rate, RoundingMode rounding) {
    return new ManagementFee(rate, base, base.times(rate, rounding), rounding);
  }
}
