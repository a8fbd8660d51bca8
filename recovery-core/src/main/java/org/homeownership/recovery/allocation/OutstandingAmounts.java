package org.homeownership.recovery.allocation;

import org.homeownership.recovery.ledger.ChargeType;

/**
 * Told, charge by charge, what an allocation leaves outstanding, by {@link
 * PaymentAllocator#outstandingAmounts}: only the figures that sums such as aged debt need (the
 * charge's type, its due day and what is left of it), so that the ledger's entry objects need not
 * be read at all. Use {@link OutstandingSink} when the charge itself is wanted.
 */
@FunctionalInterface
public interface OutstandingAmounts {

  /**
   * A charge with something outstanding.
   *
   * @param type the charge's type
   * @param dueEpochDay the charge's due date as a day number ({@link
   *     java.time.LocalDate#toEpochDay()})
   * @param pence what is still outstanding of it, in pence (never zero)
   * @param disputed whether the charge is in dispute and so was left out of allocation
   */
  void outstanding(ChargeType type, long dueEpochDay, long pence, boolean disputed);
}
