package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * An initial lump sum paid towards an arrangement before or with the first instalment.
 *
 * @param amount the amount, above zero
 * @param dueOn the day it is due
 */
public record LumpSum(Money amount, LocalDate dueOn) {

  /** Checks the amount is above zero. */
  public LumpSum {
    requireNonNull(amount, "amount");
    requireNonNull(dueOn, "dueOn");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("lump sum amount must be above zero, not " + amount);
    }
  }
}
