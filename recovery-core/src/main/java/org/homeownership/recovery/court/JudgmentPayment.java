package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * A payment received towards a judgment debt.
 *
 * @param on the day it was received
 * @param amount the amount; above zero
 */
public record JudgmentPayment(LocalDate on, Money amount) {

  /** Checks every part is given and the amount is above zero. */
  public JudgmentPayment {
    requireNonNull(on, "on");
    requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("judgment payment must be above zero: " + amount);
    }
  }
}
