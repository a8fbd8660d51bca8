package org.homeownership.recovery.allocation;

import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;

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
   * @param id the debit's id in the ledger
   * @param charge the debit
   * @param pence what is still outstanding of it, in pence (never zero)
   * @param disputed whether the charge is in dispute and so was left out of allocation
   */
  void outstanding(EntryId id, DebitEntry charge, long pence, boolean disputed);
}
