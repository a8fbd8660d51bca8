package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * How far one charge (or other debit) has been paid.
 *
 * @param id the charge's id in the ledger
 * @param charge the charge
 * @param allocated how much of it payments and credits have paid
 * @param outstanding how much is still owed: the original amount less {@code allocated}
 * @param disputed true if the charge was left out of allocation because it is disputed
 * @param paidBy which credits paid it, in the order they did
 */
public record ChargeAllocation(
    EntryId id,
    DebitEntry charge,
    Money allocated,
    Money outstanding,
    boolean disputed,
    ImmutableList<Settlement> paidBy) {

  /** Checks every part is given and the figures add up. */
  public ChargeAllocation {
    requireNonNull(id, "id");
    requireNonNull(charge, "charge");
    requireNonNull(paidBy, "paidBy");
    if (!allocated.plus(outstanding).equals(charge.amount())) {
      throw new IllegalArgumentException(
          "charge "
              + id
              + ": allocated "
              + allocated
              + " plus outstanding "
              + outstanding
              + " is not the original "
              + charge.amount());
    }
  }

  /** The amount first charged. */
  public Money original() {
    return charge.amount();
  }
}
