package org.homeownership.recovery.affordability;

import java.util.Optional;

/**
 * No SFS spending guideline is configured for a flexible category and the household's size, so the
 * spending could not be checked automatically.
 *
 * @param flexibleCategory the flexible category
 * @param householdSize the household size
 */
public record NoSpendingGuideline(SfsCategory flexibleCategory, int householdSize)
    implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.of(flexibleCategory);
  }

  @Override
  public String whatToCheck() {
    return "No spending guideline is configured for "
        + flexibleCategory.displayName()
        + " and a household of "
        + householdSize
        + ": check the figure against the published SFS guidelines by hand";
  }
}
