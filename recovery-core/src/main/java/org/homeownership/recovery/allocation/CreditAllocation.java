package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * How much of one payment, credit or write-off has been used to pay charges.
 *
 * @param id the credit's id in the ledger
 * @param credit the credit
 * @param allocated how much of it paid charges
 * @param unallocated how much is left as credit on the account
 */
public record CreditAllocation(EntryId id, CreditEntry credit, Money allocated, Money unallocated) {

  /** Checks every part is given and the figures add up. */
  public CreditAllocation {
    requireNonNull(id, "id");
    requireNonNull(credit, "credit");
    if (!allocated.plus(unallocated).equals(credit.amount())) {
      throw new IllegalArgumentException(
          "credit "
              + id
              + ": allocated "
              + allocated
              + " plus unallocated "
              + unallocated
              + " is not the original "
              + credit.amount());
    }
  }
}
