package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How far an index moved between the base month and the review month, as an exact ratio {@code
 * current ÷ base}: from two published levels, or from a published twelve-month percentage change
 * when the lease names the rate instead of the levels.
 *
 * @param current the numerator: the review month's level, or 100 + the published change
 * @param base the denominator: the base month's level, or 100; above zero
 * @param description the figures as they read in an explanation
 */
public record IndexMovement(BigDecimal current, BigDecimal base, String description) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks every part is given and the base is above zero. */
  public IndexMovement {
    requireNonNull(current, "current");
    requireNonNull(base, "base");
    requireNonNull(description, "description");
    if (base.signum() <= 0) {
      throw new IllegalArgumentException("base must be above zero, not " + base.toPlainString());
    }
  }

  /**
   * The movement between two months' published levels, or empty if either is not held (the library
   * never invents an index figure).
   */
  public static Optional<IndexMovement> ofLevels(
      PriceIndex index, YearMonth baseMonth, YearMonth reviewMonth) {
    Optional<BigDecimal> base = index.level(baseMonth);
    Optional<BigDecimal> current = index.level(reviewMonth);
    if (base.isEmpty() || current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IndexMovement(
            current.get(),
            base.get(),
            index.name()
                + " "
                + reviewMonth
                + " "
                + current.get().toPlainString()
                + " ÷ "
                + baseMonth
                + " "
                + base.get().toPlainString()
                + " ("
                + index.source()
                + ")"));
  }

  /**
   * The movement given by a published twelve-month change in percent, such as {@code 4} for RPI 4%.
   *
   * @param what the series and month, such as {@code RPI September 2025}
   * @param source where the figure was published
   * @param changePercent the published change in percent; negative for a fall
   */
  public static IndexMovement ofPublishedChange(
      String what, String source, BigDecimal changePercent) {
    return new IndexMovement(
        HUNDRED.add(changePercent),
        HUNDRED,
        what + " " + Percent.format(changePercent) + " (" + source + ")");
  }

  /** True if the index did not rise: {@code current ≤ base}. */
  public boolean isNotARise() {
    return current.compareTo(base) <= 0;
  }
}
