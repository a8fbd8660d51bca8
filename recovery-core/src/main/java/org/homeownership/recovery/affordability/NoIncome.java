package org.homeownership.recovery.affordability;

import java.util.Optional;

/** No income is declared, or all of it is zero: the statement cannot support an offer as it is. */
public record NoIncome() implements VerificationFlag {

  @Override
  public Optional<SfsCategory> category() {
    return Optional.empty();
  }

  @Override
  public String whatToCheck() {
    return "No income is declared: ask how the household meets its costs, and check benefit"
        + " entitlement";
  }
}
