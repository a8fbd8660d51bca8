package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * One payment an arrangement expects.
 *
 * @param number 0 for a lump sum, then 1, 2, 3 … for the instalments
 * @param kind lump sum or instalment
 * @param dueOn the day it is due
 * @param amount what the debtor pays: the arrears component plus any ongoing charge
 * @param arrearsComponent the part that reduces the debt the arrangement clears
 */
public record ScheduledInstalment(
    int number, InstalmentKind kind, LocalDate dueOn, Money amount, Money arrearsComponent) {

  /** Checks the parts are given and the arrears component is within the amount. */
  public ScheduledInstalment {
    requireNonNull(kind, "kind");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(amount, "amount");
    requireNonNull(arrearsComponent, "arrearsComponent");
    if (arrearsComponent.isNegative() || arrearsComponent.isGreaterThan(amount)) {
      throw new IllegalArgumentException(
          "instalment "
              + number
              + ": arrears component "
              + arrearsComponent
              + " not within "
              + amount);
    }
  }

  /** The ongoing-charge part of the amount. */
  public Money ongoingComponent() {
    return amount.minus(arrearsComponent);
  }
}
