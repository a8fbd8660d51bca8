package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.homeownership.recovery.money.Money;

/** How one band of a court fee table works out the fee on a claim. */
public sealed interface FeeRule {

  /** The fee on a claim of {@code claim}. */
  Money feeOn(Money claim);

  /** The rule in words, such as {@code £35.00} or {@code 5% of the claim, rounded down}. */
  String describe();

  /**
   * A fixed fee.
   *
   * @param fee the fee
   */
  record Fixed(Money fee) implements FeeRule {
    /** Checks the fee is given and not negative. */
    public Fixed {
      requireNonNull(fee, "fee");
      if (fee.isNegative()) {
        throw new IllegalArgumentException("fixed fee is negative: " + fee);
      }
    }

    @Override
    public Money feeOn(Money claim) {
      return fee;
    }

    @Override
    public String describe() {
      return fee.format();
    }
  }

  /**
   * A percentage of the claim, rounded to the penny by a named rounding (§6.4: 5%, rounded down to
   * the nearest 1p).
   *
   * @param percent the percentage (5 for 5%)
   * @param rounding the rounding to the penny
   */
  record PercentOfClaim(BigDecimal percent, RoundingMode rounding) implements FeeRule {
    /** Checks every part is given and the percentage is not negative. */
    public PercentOfClaim {
      requireNonNull(percent, "percent");
      requireNonNull(rounding, "rounding");
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("fee percentage is negative: " + percent);
      }
    }

    @Override
    public Money feeOn(Money claim) {
      return claim.times(percent.movePointLeft(2), rounding);
    }

    @Override
    public String describe() {
      return percent.stripTrailingZeros().toPlainString()
          + "% of the claim, rounded "
          + rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " to the penny";
    }
  }
}
