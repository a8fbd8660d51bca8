package org.homeownership.recovery.servicecharge;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner.ShareKey;
import org.jspecify.annotations.Nullable;

/**
 * One pool's weights, worked out once for every head the pool shares: its billed dwellings in the
 * order they were given, each one's weight as its basis gives it, the council's weight for the
 * tenanted dwellings, and all of them as whole numbers at one scale, as {@link PenceSplitter} works
 * them. {@link #split} then shares a head's total exactly as {@link PenceSplitter#split} would with
 * these weights keyed by {@link ShareKey} (the billed dwellings, and the council's tenanted pool
 * last), in {@code long} arithmetic when no product can overflow and through {@link PenceSplitter}
 * itself otherwise.
 */
final class PoolShares {

  /** The pool's basis. */
  final ApportionmentBasis basis;

  /** The billed dwellings, in the order given. */
  final Dwelling[] billed;

  /** The position of each billed dwelling in the dwellings given to the apportioner. */
  final int[] billedIndex;

  /** Each billed dwelling's weight, as its basis gives it. */
  final BigDecimal[] weight;

  /** The total weight of the pool, tenanted dwellings included, as {@link Split#totalWeight}. */
  final BigDecimal poolWeight;

  /** The residue rule, in words, for the audit lines. */
  final String rule;

  private final BigDecimal councilWeight;
  private final ResiduePolicy<ShareKey> residue;
  private final boolean halfUp;

  /** Each billed weight as a whole number at the pool's scale, or null if one needs 64 bits. */
  private final long @Nullable [] whole;

  private final long councilWhole;
  private final BigInteger total;

  /** Bits in the largest whole weight, the council's included. */
  private final int weightBits;

  /** Each billed dwelling's rank in key order (by dwelling id), worked out when first needed. */
  private int @Nullable [] rank;

  PoolShares(
      ApportionmentBasis basis,
      Dwelling[] billed,
      int[] billedIndex,
      BigDecimal[] weight,
      BigDecimal councilWeight,
      ResiduePolicy<ShareKey> residue,
      String rule) {
    this.basis = basis;
    this.billed = billed;
    this.billedIndex = billedIndex;
    this.weight = weight;
    this.councilWeight = councilWeight;
    this.residue = residue;
    this.halfUp = residue instanceof ResiduePolicy.HalfUpWithBearer;
    this.rule = rule;
    // The scale and whole numbers exactly as PenceSplitter.split works them out.
    int scale = Math.max(0, councilWeight.stripTrailingZeros().scale());
    for (BigDecimal w : weight) {
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    BigInteger councilBig = councilWeight.movePointRight(scale).toBigIntegerExact();
    BigInteger sum = councilBig;
    int bits = councilBig.bitLength();
    long[] longs = new long[weight.length];
    for (int k = 0; k < weight.length; k++) {
      BigInteger w = weight[k].movePointRight(scale).toBigIntegerExact();
      sum = sum.add(w);
      bits = Math.max(bits, w.bitLength());
      longs[k] = w.longValue();
    }
    this.total = sum;
    this.weightBits = bits;
    this.whole = bits <= 63 ? longs : null;
    this.councilWhole = councilBig.longValue();
    this.poolWeight = new BigDecimal(sum, scale);
  }

  /**
   * Each billed dwelling's share of {@code amount}, in the order of {@link #billed}, and the
   * council's part in the last slot; exactly the shares of {@link PenceSplitter#split}. The shares
   * may be written into {@code room}, if it is long enough, and are read before the next split.
   *
   * @throws IllegalArgumentException as {@link PenceSplitter#split} does, when the weights total
   *     zero
   */
  long[] split(Money amount, long[] room) {
    long magnitude = Math.abs(amount.pence());
    int amountBits = 64 - Long.numberOfLeadingZeros(magnitude);
    if (whole == null || total.signum() == 0 || total.bitLength() > 63) {
      return splitExactly(amount);
    }
    if (amountBits + weightBits > 63) {
      return splitExactly(amount);
    }
    long[] shares = halfUp ? halfUp(magnitude, whole, room) : largestRemainder(magnitude, whole);
    if (amount.pence() < 0) {
      for (int k = 0; k < shares.length; k++) {
        shares[k] = -shares[k];
      }
    }
    return shares;
  }

  /** Half-up shares for the billed, and the rest of the amount to the council. */
  private long[] halfUp(long magnitude, long[] whole, long[] room) {
    long totalWeight = total.longValue();
    long[] shares = room.length > whole.length ? room : new long[whole.length + 1];
    long left = magnitude;
    for (int k = 0; k < whole.length; k++) {
      long product = magnitude * whole[k];
      long share = product / totalWeight;
      long remainder = product - share * totalWeight;
      // remainder × 2 ≥ total, without the doubling that could overflow
      if (remainder >= totalWeight - remainder) {
        share++;
      }
      shares[k] = share;
      left = Math.subtractExact(left, share);
    }
    shares[whole.length] = left;
    return shares;
  }

  /**
   * Every share rounded down, then the pence left over one each to the largest remainders, equal
   * remainders to the smaller key (dwelling id order, the council's pool last).
   */
  private long[] largestRemainder(long magnitude, long[] whole) {
    long totalWeight = total.longValue();
    int n = whole.length + 1;
    long[] shares = new long[n];
    long[] remainders = new long[n];
    long left = magnitude;
    for (int k = 0; k < n; k++) {
      long product = magnitude * (k < whole.length ? whole[k] : councilWhole);
      shares[k] = product / totalWeight;
      remainders[k] = product % totalWeight;
      left -= shares[k];
    }
    int[] rank = rank();
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byRemainder = Long.compare(remainders[b], remainders[a]);
          return byRemainder != 0 ? byRemainder : Integer.compare(rank[a], rank[b]);
        });
    for (int r = 0; r < left; r++) {
      shares[order[r]]++;
    }
    return shares;
  }

  /** Each key's rank in key order: billed dwellings by id, the council's pool last. */
  private int[] rank() {
    int[] known = rank;
    if (known != null) {
      return known;
    }
    Integer[] byId = new Integer[billed.length];
    for (int k = 0; k < byId.length; k++) {
      byId[k] = k;
    }
    Arrays.sort(byId, Comparator.comparing(k -> billed[k].id()));
    int[] ranks = new int[billed.length + 1];
    for (int r = 0; r < byId.length; r++) {
      ranks[byId[r]] = r;
    }
    ranks[billed.length] = billed.length;
    rank = ranks;
    return ranks;
  }

  /** The split through {@link PenceSplitter} itself, for weights or amounts too big for longs. */
  private long[] splitExactly(Money amount) {
    Map<ShareKey, BigDecimal> weights = new TreeMap<>();
    for (int k = 0; k < billed.length; k++) {
      weights.put(ShareKey.of(billed[k].id()), weight[k]);
    }
    weights.put(ShareKey.COUNCIL, councilWeight);
    Split<ShareKey> split = PenceSplitter.split(amount, weights, residue);
    long[] shares = new long[billed.length + 1];
    for (int k = 0; k < billed.length; k++) {
      shares[k] = split.share(ShareKey.of(billed[k].id())).pence();
    }
    shares[billed.length] = split.share(ShareKey.COUNCIL).pence();
    return shares;
  }
}
