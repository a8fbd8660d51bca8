package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * One instalment of a year's service charge.
 *
 * @param number its number in the year's plan, from 1; a first instalment that collects months
 *     already passed has the number of the first instalment it collects
 * @param dueDate the day it falls due
 * @param amount the amount due
 * @param periodsCollected how many of the plan's periods it collects (more than 1 when billing
 *     starts part-way through the year)
 */
public record Instalment(int number, LocalDate dueDate, Money amount, int periodsCollected) {

  /** Checks every part is given. */
  public Instalment {
    requireNonNull(dueDate, "dueDate");
    requireNonNull(amount, "amount");
  }
}
