package org.homeownership.recovery.affordability;

import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * The total the debtor wrote for a section differs from the sum of the section's lines.
 *
 * @param section the section
 * @param stated the monthly total the debtor wrote
 * @param sumOfLines the sum of the section's lines, each converted to monthly
 */
public record TotalDoesNotAddUp(SfsSection section, Money stated, Money sumOfLines)
    implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.empty();
  }

  /** The stated total less the sum of the lines. */
  public Money difference() {
    return stated.minus(sumOfLines);
  }

  @Override
  public String whatToCheck() {
    return section.displayName()
        + " stated as "
        + stated.format()
        + " a month but the lines add up to "
        + sumOfLines.format()
        + ": ask which is right and whether a line is missing or counted twice";
  }
}
