package org.homeownership.recovery.money;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an amount into whole-penny shares in proportion to weights.
 *
 * <p>The laws, proved by property tests:
 *
 * <ul>
 *   <li><b>Conservation</b>: the shares always sum exactly to the amount.
 *   <li><b>Bounds</b>: each share is within 1p of its exact proportion (for {@link
 *       ResiduePolicy#halfUpWithResidueTo half-up with a bearer}, every share but the bearer's).
 *   <li><b>Stability</b>: ties break by key order, so the result never depends on the order in
 *       which the weights were given.
 *   <li><b>Symmetry</b>: splitting a credit gives the negated shares of splitting the debit.
 *   <li>A zero weight always gets a zero share.
 * </ul>
 *
 * <p>Weights are whole numbers ({@link Long}, {@link Integer}) or exact decimals ({@link
 * BigDecimal}); {@code double} and {@code float} are refused. The arithmetic is exact.
 */
public final class PenceSplitter {

  private PenceSplitter() {}

  /**
   * Splits {@code amount} by {@code weights} with the given residue policy.
   *
   * @param amount the amount to split; negative for a credit
   * @param weights a weight for each key, at least zero, with a total above zero
   * @param policy who bears the pence left over by rounding
   * @throws IllegalArgumentException naming the key and value of a weight that is negative or not
   *     exact, when the weights total zero or are empty, or when the bearer is not a key with a
   *     weight above zero
   */
  public static <K extends Comparable<? super K>> Split<K> split(
      Money amount, Map<K, ? extends Number> weights, ResiduePolicy<K> policy) {
    return split(amount, weights, policy, true);
  }

  /**
   * {@link #split}, with the {@code long} fast path allowed or not. The fast path is taken only
   * when {@code |amount| × weight} cannot overflow a {@code long} for any weight; it gives exactly
   * the shares of the {@code BigInteger} path, which property tests prove by calling both.
   */
  static <K extends Comparable<? super K>> Split<K> split(
      Money amount, Map<K, ? extends Number> weights, ResiduePolicy<K> policy, boolean fast) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("cannot split " + amount.format() + ": no weights");
    }
    TreeMap<K, BigDecimal> sorted = new TreeMap<>();
    int scale = 0;
    for (Map.Entry<K, ? extends Number> e : weights.entrySet()) {
      BigDecimal weight = exactWeight(e.getKey(), e.getValue());
      if (sorted.put(e.getKey(), weight) != null) {
        throw new IllegalArgumentException("two weight keys compare equal: " + e.getKey());
      }
      scale = Math.max(scale, weight.stripTrailingZeros().scale());
    }
    Object[] keys = sorted.keySet().toArray();
    BigInteger[] whole = new BigInteger[keys.length];
    BigInteger total = BigInteger.ZERO;
    int i = 0;
    for (BigDecimal weight : sorted.values()) {
      whole[i] = weight.movePointRight(scale).toBigIntegerExact();
      total = total.add(whole[i]);
      i++;
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException(
          "cannot split " + amount.format() + ": the weights total zero");
    }
    if (policy instanceof ResiduePolicy.HalfUpWithBearer<K> halfUp) {
      BigDecimal bearerWeight = sorted.get(halfUp.bearer());
      if (bearerWeight == null || bearerWeight.signum() == 0) {
        throw new IllegalArgumentException(
            "residue bearer " + halfUp.bearer() + " is not a key with a weight above zero");
      }
    }

    long[] shares =
        fast && fitsInLong(amount, whole, total)
            ? splitInLongs(Math.abs(amount.pence()), whole, total.longValueExact(), policy)
            : splitInBigIntegers(BigInteger.valueOf(amount.pence()).abs(), whole, total, policy);
    if (policy instanceof ResiduePolicy.HalfUpWithBearer<K> halfUp) {
      // What is left to give; counting down from the amount cannot overflow, unlike summing the
      // rounded shares, which can exceed the amount by up to half a penny a share.
      long residue = Math.abs(amount.pence());
      for (long share : shares) {
        residue = Math.subtractExact(residue, share);
      }
      shares[indexOf(keys, halfUp.bearer())] += residue;
    }

    ImmutableSortedMap.Builder<K, Money> result = ImmutableSortedMap.naturalOrder();
    int sign = Long.signum(amount.pence());
    i = 0;
    for (K key : sorted.keySet()) {
      result.put(key, Money.ofPence(sign < 0 ? -shares[i] : shares[i]));
      i++;
    }
    return new Split<>(
        amount,
        ImmutableSortedMap.copyOfSorted(sorted),
        result.build(),
        policy,
        new BigDecimal(total, scale));
  }

  /**
   * True when {@code |amount| × weight} fits in a {@code long} for every weight: a number of {@code
   * a} bits times one of {@code b} bits is below 2<sup>a+b</sup>, so a + b ≤ 63 is enough. The
   * total weight must fit too.
   */
  private static boolean fitsInLong(Money amount, BigInteger[] whole, BigInteger total) {
    if (total.bitLength() > 63) {
      return false;
    }
    int amountBits = 64 - Long.numberOfLeadingZeros(Math.abs(amount.pence()));
    int weightBits = 0;
    for (BigInteger weight : whole) {
      weightBits = Math.max(weightBits, weight.bitLength());
    }
    return amountBits + weightBits <= 63;
  }

  /**
   * Each share rounded down (or half up, for a bearer policy), and for largest remainder the pence
   * left over given out; in {@code long} arithmetic, exact because no product overflows.
   */
  private static long[] splitInLongs(
      long magnitude, BigInteger[] whole, long total, ResiduePolicy<?> policy) {
    long[] shares = new long[whole.length];
    long[] remainders = new long[whole.length];
    boolean halfUp = policy instanceof ResiduePolicy.HalfUpWithBearer;
    long residue = magnitude;
    for (int k = 0; k < whole.length; k++) {
      long product = magnitude * whole[k].longValue();
      shares[k] = product / total;
      remainders[k] = product % total;
      // remainder × 2 ≥ total, without the doubling that could overflow
      if (halfUp && remainders[k] >= total - remainders[k]) {
        shares[k]++;
      }
      residue -= shares[k];
    }
    if (!halfUp) {
      Integer[] order = new Integer[shares.length];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int byRemainder = Long.compare(remainders[b], remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
          });
      for (int r = 0; r < residue; r++) {
        shares[order[r]]++;
      }
    }
    return shares;
  }

  /** As {@link #splitInLongs}, in {@code BigInteger} arithmetic, for any amount and weights. */
  private static long[] splitInBigIntegers(
      BigInteger magnitude, BigInteger[] whole, BigInteger total, ResiduePolicy<?> policy) {
    long[] shares = new long[whole.length];
    BigInteger[] remainders = new BigInteger[whole.length];
    boolean halfUp = policy instanceof ResiduePolicy.HalfUpWithBearer;
    long residue = magnitude.longValueExact();
    for (int k = 0; k < whole.length; k++) {
      BigInteger[] qr = magnitude.multiply(whole[k]).divideAndRemainder(total);
      shares[k] = qr[0].longValueExact();
      remainders[k] = qr[1];
      if (halfUp && remainders[k].shiftLeft(1).compareTo(total) >= 0) {
        shares[k]++;
      }
      residue = Math.subtractExact(residue, shares[k]);
    }
    if (!halfUp) {
      giveOnePennyEachToLargestRemainders(shares, remainders, residue);
    }
    return shares;
  }

  private static BigDecimal exactWeight(Object key, Number weight) {
    BigDecimal value;
    if (weight instanceof BigDecimal decimal) {
      value = decimal;
    } else if (weight instanceof Long
        || weight instanceof Integer
        || weight instanceof Short
        || weight instanceof Byte) {
      value = BigDecimal.valueOf(weight.longValue());
    } else if (weight instanceof BigInteger big) {
      value = new BigDecimal(big);
    } else {
      throw new IllegalArgumentException(
          "weight for "
              + key
              + " is a "
              + weight.getClass().getSimpleName()
              + "; use a whole number or BigDecimal, never floating point");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "weight for " + key + " is negative: " + value.toPlainString());
    }
    return value;
  }

  private static int indexOf(Object[] keys, Object key) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k].equals(key)) {
        return k;
      }
    }
    throw new IllegalStateException("bearer checked above");
  }

  /** Residue is below the number of shares; equal remainders go to the earlier (smaller) key. */
  private static void giveOnePennyEachToLargestRemainders(
      long[] shares, BigInteger[] remainders, long residue) {
    Integer[] order = new Integer[shares.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> sortByRemainderThenKey(remainders, a, b));
    for (int r = 0; r < residue; r++) {
      shares[order[r]]++;
    }
  }

  private static int sortByRemainderThenKey(BigInteger[] remainders, int a, int b) {
    int byRemainder = remainders[b].compareTo(remainders[a]);
    return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
  }
}
