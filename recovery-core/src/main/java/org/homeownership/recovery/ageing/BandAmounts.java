package org.homeownership.recovery.ageing;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.homeownership.recovery.money.Money;

/** An amount for each band of a set of {@link AgeingBands}, held in pence. Immutable. */
public final class BandAmounts {

  private final long[] pence;

  private BandAmounts(long[] pence) {
    this.pence = pence;
  }

  /** Zero in each of {@code size} bands. */
  public static BandAmounts zero(int size) {
    return new BandAmounts(new long[size]);
  }

  /** The given pence per band; the array is copied. */
  static BandAmounts ofPence(long[] pence) {
    return new BandAmounts(pence.clone());
  }

  /**
   * The band-by-band sum of this and {@code other}.
   *
   * @throws IllegalArgumentException if they have different numbers of bands
   */
  public BandAmounts plus(BandAmounts other) {
    if (other.pence.length != pence.length) {
      throw new IllegalArgumentException(
          "cannot add " + other.pence.length + " bands to " + pence.length);
    }
    long[] sum = pence.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], other.pence[i]);
    }
    return new BandAmounts(sum);
  }

  /**
   * Adds these amounts into {@code sum}, band by band, for a running total.
   *
   * @throws IllegalArgumentException if {@code sum} has a different number of bands
   */
  void addTo(long[] sum) {
    if (sum.length != pence.length) {
      throw new IllegalArgumentException("cannot add " + pence.length + " bands to " + sum.length);
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], pence[i]);
    }
  }

  /** The amount in band {@code index}. */
  public Money get(int index) {
    return Money.ofPence(pence[index]);
  }

  /** The amounts, band by band. */
  public ImmutableList<Money> amounts() {
    return Arrays.stream(pence).mapToObj(Money::ofPence).collect(ImmutableList.toImmutableList());
  }

  /** The sum across every band. */
  public Money total() {
    long sum = 0;
    for (long p : pence) {
      sum = Math.addExact(sum, p);
    }
    return Money.ofPence(sum);
  }

  /** The sum across every band but the first ("not yet due"): what is in arrears. */
  public Money overdue() {
    return total().minus(get(0));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BandAmounts o && Arrays.equals(pence, o.pence);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pence);
  }

  @Override
  public String toString() {
    return amounts().toString();
  }
}
