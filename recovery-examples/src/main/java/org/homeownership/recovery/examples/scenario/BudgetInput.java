package org.homeownership.recovery.examples.scenario;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.ServiceChargeBudget;

/**
 * A service charge budget in a scenario and how to apportion it.
 *
 * @param budget the budget
 * @param policy the bedroom weights, residue rule and fee rounding
 */
public record BudgetInput(ServiceChargeBudget budget, ApportionmentPolicy policy) {

  /** Checks every part is given. */
  public BudgetInput {
    requireNonNull(budget, "budget");
    requireNonNull(policy, "policy");
  }
}
