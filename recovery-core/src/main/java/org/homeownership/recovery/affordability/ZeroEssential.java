package org.homeownership.recovery.affordability;

import java.util.Optional;

/**
 * An essential category declared at zero: possible, but an officer should know why.
 *
 * @param essential the essential category
 */
public record ZeroEssential(SfsCategory essential) implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.of(essential);
  }

  @Override
  public String whatToCheck() {
    return essential.displayName()
        + " is declared as zero: ask why (paid by someone else, included elsewhere, or left out)";
  }
}
