package org.homeownership.recovery.allocation;

import org.homeownership.recovery.ledger.DebitEntry;

/**
 * Told, charge by charge, what an allocation leaves outstanding, by {@link
 * PaymentAllocator#outstanding}: the figures of an {@link Allocation} without its per-charge and
 * per-credit records and settlements.
 */
@FunctionalInterface
public interface OutstandingSink {

  /**
   * A charge with something outstanding.
   *
   * @param charge the debit
   * @param pence what is still outstanding of it, in pence (never zero)
   * @param disputed whether the charge is in dispute and so was left out of allocation
   */
  void outstanding(DebitEntry charge, long pence, boolean disputed);
}
