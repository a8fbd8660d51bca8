package org.homeownership.recovery.config;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A value that changes over time: each version applies from its effective date until the next
 * version's. A statutory threshold (the s.20 qualifying-works limit), a council's policy figure or
 * a tariff is held this way, with the source it came from, so that a decision as of any date uses
 * the figure in force on that date.
 *
 * @param name what the value is, as it reads in a decision's reasons
 * @param source where the value comes from: a section of LAW-AND-PRACTICE.md or a council policy
 * @param versions each version's value by the date it takes effect
 * @param <T> the value's type
 */
public record EffectiveDated<T>(
    String name, String source, ImmutableSortedMap<LocalDate, T> versions) {

  /** Checks there is at least one version and a name and source. */
  public EffectiveDated {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(versions, "versions");
    if (name.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("an effective-dated value needs a name and a source");
    }
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(name + " has no versions");
    }
  }

  /** A value with one version, effective from {@code from}. */
  public static <T> EffectiveDated<T> from(LocalDate from, T value, String name, String source) {
    return new EffectiveDated<>(name, source, ImmutableSortedMap.of(from, value));
  }

  /** A value with the given versions, keyed by the date each takes effect. */
  public static <T> EffectiveDated<T> of(String name, String source, Map<LocalDate, T> versions) {
    return new EffectiveDated<>(name, source, ImmutableSortedMap.copyOf(versions));
  }

  /** This value with another version taking effect on {@code from}, replacing one on that date. */
  public EffectiveDated<T> withVersion(LocalDate from, T value) {
    ImmutableSortedMap.Builder<LocalDate, T> builder = ImmutableSortedMap.naturalOrder();
    versions.forEach(
        (date, v) -> {
          if (!date.equals(from)) {
            builder.put(date, v);
          }
        });
    builder.put(from, value);
    return new EffectiveDated<>(name, source, builder.build());
  }

  /** The version in force on {@code date}, if any version had taken effect by then. */
  public Optional<T> find(LocalDate date) {
    Map.Entry<LocalDate, T> entry = versions.floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * The version in force on {@code date}.
   *
   * @throws IllegalStateException naming the value and date if no version had taken effect
   */
  public T on(LocalDate date) {
    return find(date)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name
                        + " has no version in force on "
                        + date
                        + "; the first takes effect on "
                        + versions.firstKey()));
  }
}
