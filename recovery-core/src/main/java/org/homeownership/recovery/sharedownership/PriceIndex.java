package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * Published monthly levels of a price index (RPI all items, CPI), as configuration with their
 * source. The library never invents an index figure: a review whose month is missing is not made.
 *
 * @param name the series, such as {@code RPI all items (CHAW)}
 * @param source where the levels come from, such as the ONS release
 * @param levels each month's published level; above zero
 */
public record PriceIndex(
    String name, String source, ImmutableSortedMap<YearMonth, BigDecimal> levels) {

  /** Checks every part is given and every level is above zero. */
  public PriceIndex {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(levels, "levels");
    if (name.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("a price index needs a name and a source");
    }
    levels.forEach(
        (month, level) -> {
          if (level.signum() <= 0) {
            throw new IllegalArgumentException(
                "levels for " + month + " must be above zero, not " + level.toPlainString());
          }
        });
  }

  /** An index with the given levels. */
  public static PriceIndex of(String name, String source, Map<YearMonth, BigDecimal> levels) {
    return new PriceIndex(name, source, ImmutableSortedMap.copyOf(levels));
  }

  /** The level published for {@code month}, if it is held. */
  public Optional<BigDecimal> level(YearMonth month) {
    return Optional.ofNullable(levels.get(month));
  }
}
