package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * A charge for earlier works under the 2014 Mandatory Reduction Directions, which counts towards
 * the cap over the rolling window.
 *
 * @param demandedOn the day it was demanded
 * @param amount the amount charged after any reduction
 */
public record PriorCappedCharge(LocalDate demandedOn, Money amount) {

  /** Checks every part is given. */
  public PriorCappedCharge {
    requireNonNull(demandedOn, "demandedOn");
    requireNonNull(amount, "amount");
  }
}
