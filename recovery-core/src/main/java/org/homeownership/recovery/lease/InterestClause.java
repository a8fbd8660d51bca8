package org.homeownership.recovery.lease;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The lease's clause charging interest on late payment: a rate above base rate, from a number of
 * days after the due date. The lease governs; there is no statutory rate (Southwark and Lambeth
 * publish 5% and 4% over base, LAW-AND-PRACTICE.md §3.4).
 *
 * @param percentOverBase the rate above base, in percentage points (5 for 5%)
 * @param graceDays the days after the due date before interest runs
 */
public record InterestClause(BigDecimal percentOverBase, int graceDays) {

  /** Checks neither figure is negative. */
  public InterestClause {
    requireNonNull(percentOverBase, "percentOverBase");
    if (percentOverBase.signum() < 0 || graceDays < 0) {
      throw new IllegalArgumentException(
          "interest clause has a negative rate or grace period: "
              + percentOverBase.toPlainString()
              + "% over base, "
              + graceDays
              + " days");
    }
  }
}
