package org.homeownership.recovery.arrangement.proposal;

import org.homeownership.recovery.affordability.MonthlySurplus;
import org.homeownership.recovery.money.Money;

/**
 * Which Standard Financial Statement surplus an arrears instalment is measured against. Service
 * charges and ground rent are often treated as priority debts because of the forfeiture risk
 * (LAW-AND-PRACTICE.md §11, UNCONFIRMED), so the council chooses.
 */
public enum SurplusBasis {
  /** The surplus available for priority debts. */
  AVAILABLE_FOR_PRIORITY_DEBTS,
  /** The surplus available for other debts, after priority debt payments. */
  AVAILABLE_FOR_OTHER_DEBTS;

  /** The monthly figure of {@code surplus} this basis uses. */
  public Money of(MonthlySurplus surplus) {
    return this == AVAILABLE_FOR_PRIORITY_DEBTS
        ? surplus.availableForPriorityDebts()
        : surplus.availableForOtherDebts();
  }
}
