package org.homeownership.recovery.affordability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One year's Standard Financial Statement spending guidelines: for each household size, the monthly
 * amount in each flexible category at or below which creditors agree not to question spending
 * (LAW-AND-PRACTICE.md §11). The guidelines are published each year, so a council holds them as
 * {@link org.homeownership.recovery.config.EffectiveDated} configuration, one version per year.
 *
 * @param monthlyByHouseholdSize for each household size, the monthly guideline per flexible
 *     category
 */
public record SpendingGuidelines(
    ImmutableMap<Integer, ImmutableMap<SfsCategory, Money>> monthlyByHouseholdSize) {

  /** Checks every guideline is for a flexible category, a household of at least one, and ≥ 0. */
  public SpendingGuidelines {
    requireNonNull(monthlyByHouseholdSize, "monthlyByHouseholdSize");
    monthlyByHouseholdSize.forEach(
        (size, guidelines) -> {
          if (size < 1) {
            throw new IllegalArgumentException("household size must be at least 1, not " + size);
          }
          guidelines.forEach(
              (category, amount) -> {
                if (category.section() != SfsSection.FLEXIBLE_COSTS) {
                  throw new IllegalArgumentException(
                      "spending guidelines cover flexible costs only, not " + category);
                }
                if (amount.isNegative()) {
                  throw new IllegalArgumentException(
                      "guideline for " + category + " is negative: " + amount);
                }
              });
        });
  }

  /** The guidelines from a plain map. */
  public static SpendingGuidelines of(Map<Integer, Map<SfsCategory, Money>> byHouseholdSize) {
    ImmutableMap.Builder<Integer, ImmutableMap<SfsCategory, Money>> builder =
        ImmutableMap.builder();
    byHouseholdSize.forEach((size, map) -> builder.put(size, ImmutableMap.copyOf(map)));
    return new SpendingGuidelines(builder.buildOrThrow());
  }

  /**
   * The monthly guideline for {@code category} and a household of {@code size}, if there is one.
   */
  public Optional<Money> guideline(int size, SfsCategory category) {
    ImmutableMap<SfsCategory, Money> guidelines = monthlyByHouseholdSize.get(size);
    return guidelines == null ? Optional.empty() : Optional.ofNullable(guidelines.get(category));
  }
}
