package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * How one dwelling's share of one cost head was worked out: enough to answer "how was my charge
 * worked out?" and to reproduce it. {@code share} is {@link #exactShare()} ({@code poolTotal ×
 * weight ÷ poolWeight}) rounded by {@code residueRule}.
 *
 * @param dwelling the dwelling
 * @param head the cost head's name
 * @param pool the block or estate that shares the head
 * @param poolTotal the head's total cost
 * @param basis how the head is shared
 * @param weight the dwelling's weight by that basis (its amount, for a direct charge)
 * @param poolWeight the total weight of every dwelling in the pool, tenanted ones included
 * @param share the share charged, in whole pence
 * @param residueRule the rounding and residue rule applied, in words
 */
public record ApportionmentLine(
    DwellingId dwelling,
    String head,
    CostPool pool,
    Money poolTotal,
    ApportionmentBasis basis,
    BigDecimal weight,
    BigDecimal poolWeight,
    Money share,
    String residueRule) {

  /** Checks every part is given. */
  public ApportionmentLine {
    requireNonNull(dwelling, "dwelling");
    requireNonNull(head, "head");
    requireNonNull(pool, "pool");
    requireNonNull(poolTotal, "poolTotal");
    requireNonNull(basis, "basis");
    requireNonNull(weight, "weight");
    requireNonNull(poolWeight, "poolWeight");
    requireNonNull(share, "share");
    requireNonNull(residueRule, "residueRule");
  }

  private static final MathContext AUDIT_PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  /**
   * The exact proportional share in pounds, {@code poolTotal × weight ÷ poolWeight}, to 20
   * significant digits (the same rule as {@link
   * org.homeownership.recovery.money.Split#exactShare}). Worked out when asked, so that
   * apportioning a large estate does not pay for it on every line.
   */
  public BigDecimal exactShare() {
    if (poolWeight.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return poolTotal.pounds().multiply(weight).divide(poolWeight, AUDIT_PRECISION);
  }

  /**
   * The line in words, as an officer would explain it. The exact share is shown to at most four
   * decimal places of a pound; {@link #exactShare()} gives it to 20 significant digits.
   */
  public String explain() {
    return head
        + ": "
        + poolTotal.format()
        + " shared over "
        + pool
        + " by "
        + basis.displayName()
        + "; this dwelling's weight "
        + weight.stripTrailingZeros().toPlainString()
        + " of "
        + poolWeight.stripTrailingZeros().toPlainString()
        + " = £"
        + shown(exactShare())
        + ", charged "
        + share.format()
        + " ("
        + residueRule
        + ")";
  }

  private static String shown(BigDecimal pounds) {
    BigDecimal rounded = pounds.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (rounded.scale() < 2 ? rounded.setScale(2) : rounded).toPlainString();
  }
}
