package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.audit.Change;

/**
 * One step in a billing run's audit trail: the status it reached, who took the step and when.
 *
 * @param status the status reached
 * @param change who, when and what
 */
public record BillingRunStep(BillingRunStatus status, Change change) {

  /** Checks every part is given. */
  public BillingRunStep {
    requireNonNull(status, "status");
    requireNonNull(change, "change");
  }
}
