package org.homeownership.recovery.affordability;

import java.util.Optional;

/**
 * An essential category with no line at all: the debtor may have left it out.
 *
 * @param essential the essential category
 */
public record MissingEssential(SfsCategory essential) implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.of(essential);
  }

  @Override
  public String whatToCheck() {
    return essential.displayName()
        + " is missing: ask whether the household pays it, or who pays it for them";
  }
}
