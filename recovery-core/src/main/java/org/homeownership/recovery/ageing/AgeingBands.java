package org.homeownership.recovery.ageing;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;

/**
 * A council's ageing bands, configured by their upper limits in days overdue. {@code of(30, 60, 90,
 * 180, 365)} (the {@linkplain #standard() standard set}) gives: not yet due, 1–30 days, 31–60 days,
 * 61–90 days, 91–180 days, 181–365 days, and over 365 days.
 */
public final class AgeingBands {

  private final int[] upperLimits;
  private final ImmutableList<AgeingBand> bands;

  private AgeingBands(int[] upperLimits) {
    this.upperLimits = upperLimits;
    ImmutableList.Builder<AgeingBand> builder = ImmutableList.builder();
    builder.add(new AgeingBand("Not yet due", 0, OptionalInt.of(0)));
    int from = 1;
    for (int limit : upperLimits) {
      builder.add(new AgeingBand(from + "–" + limit + " days", from, OptionalInt.of(limit)));
      from = limit + 1;
    }
    builder.add(new AgeingBand("Over " + (from - 1) + " days", from, OptionalInt.empty()));
    this.bands = builder.build();
  }

  /** Not yet due, 1–30, 31–60, 61–90, 91–180, 181–365 and over 365 days. */
  public static AgeingBands standard() {
    return of(30, 60, 90, 180, 365);
  }

  /**
   * Bands ending at each of {@code upperLimits} days overdue, after a "not yet due" band and before
   * an open-ended top band.
   *
   * @throws IllegalArgumentException if no limit is given, or the limits are not above zero and
   *     rising
   */
  public static AgeingBands of(int... upperLimits) {
    if (upperLimits.length == 0) {
      throw new IllegalArgumentException("ageing bands need at least one upper limit");
    }
    int previous = 0;
    for (int limit : upperLimits) {
      if (limit <= previous) {
        throw new IllegalArgumentException(
            "ageing band limits must be above zero and rising, but "
                + limit
                + " follows "
                + previous);
      }
      previous = limit;
    }
    return new AgeingBands(upperLimits.clone());
  }

  /** The bands, from "not yet due" to the open-ended top band. */
  public ImmutableList<AgeingBand> bands() {
    return bands;
  }

  /** The number of bands. */
  public int size() {
    return bands.size();
  }

  /** The index in {@link #bands()} of the band for a charge overdue by {@code daysOverdue}. */
  public int indexFor(long daysOverdue) {
    if (daysOverdue <= 0) {
      return 0;
    }
    for (int i = 0; i < upperLimits.length; i++) {
      if (daysOverdue <= upperLimits[i]) {
        return i + 1;
      }
    }
    return upperLimits.length + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgeingBands o && java.util.Arrays.equals(upperLimits, o.upperLimits);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(upperLimits);
  }

  @Override
  public String toString() {
    return bands.stream().map(AgeingBand::label).toList().toString();
  }
}
