package org.homeownership.recovery.money;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The result of {@link PenceSplitter#split}: each key's share in whole pence, with the figures
 * needed to reproduce and explain it (the weights, the exact proportional share and the residue
 * policy).
 *
 * @param amount the amount that was split
 * @param weights each key's weight, in key order
 * @param shares each key's share in whole pence, in key order; they sum to {@code amount}
 * @param policy the residue policy that was applied
 * @param totalWeight the sum of the weights, computed once by {@link PenceSplitter}
 * @param <K> the key type
 */
public record Split<K extends Comparable<? super K>>(
    Money amount,
    ImmutableSortedMap<K, BigDecimal> weights,
    ImmutableSortedMap<K, Money> shares,
    ResiduePolicy<K> policy,
    BigDecimal totalWeight) {

  private static final MathContext AUDIT_PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  /** Checks every part is given. */
  public Split {
    requireNonNull(amount, "amount");
    requireNonNull(weights, "weights");
    requireNonNull(shares, "shares");
    requireNonNull(policy, "policy");
    requireNonNull(totalWeight, "totalWeight");
  }

  /**
   * The share of {@code key}.
   *
   * @throws IllegalArgumentException if {@code key} was not one of the weights
   */
  public Money share(K key) {
    Money share = shares.get(key);
    if (share == null) {
      throw new IllegalArgumentException("no share for " + key);
    }
    return share;
  }

  /**
   * The exact proportional share of {@code key} in pounds ({@code amount × weight ÷ total weight}),
   * to 20 significant digits, for audit trails.
   */
  public BigDecimal exactShare(K key) {
    BigDecimal weight = weights.get(key);
    if (weight == null) {
      throw new IllegalArgumentException("no share for " + key);
    }
    return amount.pounds().multiply(weight).divide(totalWeight, AUDIT_PRECISION);
  }
}
