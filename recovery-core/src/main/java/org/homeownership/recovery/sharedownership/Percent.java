package org.homeownership.recovery.sharedownership;

import java.math.BigDecimal;

/** Checks and formats percentages held as exact {@link BigDecimal}s, such as {@code 2.75}. */
final class Percent {

  private Percent() {}

  /** Throws naming {@code field} unless {@code value} is from 0 to 100 inclusive. */
  static BigDecimal requireShare(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          field + " must be from 0 to 100 percent, not " + value.toPlainString());
    }
    return value;
  }

  /** {@code 2.75%}, {@code 60%}. */
  static String format(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }
}
