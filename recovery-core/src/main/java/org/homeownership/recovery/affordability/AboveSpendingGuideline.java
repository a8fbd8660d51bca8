package org.homeownership.recovery.affordability;

import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * A flexible category declared above its SFS spending guideline for the household's size: the
 * creditor may ask about spending above the guideline.
 *
 * @param flexibleCategory the flexible category
 * @param declaredMonthly the monthly amount declared
 * @param guidelineMonthly the monthly guideline
 * @param householdSize the household size the guideline is for
 */
public record AboveSpendingGuideline(
    SfsCategory flexibleCategory, Money declaredMonthly, Money guidelineMonthly, int householdSize)
    implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.of(flexibleCategory);
  }

  @Override
  public String whatToCheck() {
    return flexibleCategory.displayName()
        + " of "
        + declaredMonthly.format()
        + " a month is above the SFS guideline of "
        + guidelineMonthly.format()
        + " for a household of "
        + householdSize
        + ": ask what the spending is for and see evidence, or agree a lower figure";
  }
}
