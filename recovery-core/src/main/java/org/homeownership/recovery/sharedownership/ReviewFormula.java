package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The rent review formula a shared ownership lease names (LAW-AND-PRACTICE.md §10). Each formula
 * gives the largest increase the lease allows; a landlord may apply less.
 */
public sealed interface ReviewFormula {

  /** The formula as it reads in explanations. */
  String describe();

  /**
   * RPI plus a margin by the corrected ratio formula of the 2013 model lease reissue: new rent =
   * rent × (current RPI ÷ base RPI + margin), so that the increase is RPI plus the margin in
   * percentage points, not RPI compounded by the margin (£2,000 with RPI 100 → 200 and 0.5%: £2,000
   * × 2.005 = £4,010, not £4,020). If RPI is zero or negative the increase is the margin. Leases
   * before 12 October 2023 cap the margin at 0.5%; later RPI leases allow "up to" 0.5%.
   *
   * @param marginPercent the margin in percentage points, such as {@code 0.5}
   */
  record RpiRatioPlusMargin(BigDecimal marginPercent) implements ReviewFormula {
    /** Checks the margin is given and not negative. */
    public RpiRatioPlusMargin {
      requireNonNull(marginPercent, "marginPercent");
      if (marginPercent.signum() < 0) {
        throw new IllegalArgumentException(
            "marginPercent must not be negative, not " + marginPercent.toPlainString());
      }
    }

    @Override
    public String describe() {
      return "RPI + "
          + Percent.format(marginPercent)
          + " by the corrected ratio formula: rent × (RPI ratio + "
          + Percent.format(marginPercent)
          + "); if RPI is zero or negative, rent × (1 + "
          + Percent.format(marginPercent)
          + ")";
    }
  }

  /**
   * CPI plus a margin with no decrease (leases from 12 October 2023 that name CPI): the increase is
   * CPI + margin, never below 0%. With a 1% margin, CPI nil gives 1% and CPI −1% or lower gives 0%.
   *
   * @param marginPercent the margin in percentage points, such as {@code 1}
   */
  record CpiPlusMargin(BigDecimal marginPercent) implements ReviewFormula {
    /** Checks the margin is given and not negative. */
    public CpiPlusMargin {
      requireNonNull(marginPercent, "marginPercent");
      if (marginPercent.signum() < 0) {
        throw new IllegalArgumentException(
            "marginPercent must not be negative, not " + marginPercent.toPlainString());
      }
    }

    @Override
    public String describe() {
      return "CPI + "
          + Percent.format(marginPercent)
          + ", never a decrease: rent × (1 + max(CPI + "
          + Percent.format(marginPercent)
          + ", 0%))";
    }
  }
}
