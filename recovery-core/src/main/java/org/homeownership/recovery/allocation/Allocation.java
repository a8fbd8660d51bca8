package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * Which payments and credits paid which charges on an account, as of a date.
 *
 * <p>Reversed entries, and their reversals, are left out: from the reversal's date both are as if
 * never posted.
 *
 * @param account the account
 * @param asOf the date: entries dated after it are left out
 * @param strategy the allocation strategy in words
 * @param charges every debit dated on or before {@code asOf} and not reversed, oldest due first
 * @param credits every credit dated on or before {@code asOf} and not reversed, in date order
 */
public record Allocation(
    AccountId account,
    LocalDate asOf,
    String strategy,
    ImmutableList<ChargeAllocation> charges,
    ImmutableList<CreditAllocation> credits) {

  /** Checks every part is given. */
  public Allocation {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(strategy, "strategy");
    requireNonNull(charges, "charges");
    requireNonNull(credits, "credits");
  }

  /** The allocation of the charge with the given id, if it is one of {@link #charges()}. */
  public Optional<ChargeAllocation> charge(EntryId id) {
    return charges.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The allocation of the credit with the given id, if it is one of {@link #credits()}. */
  public Optional<CreditAllocation> credit(EntryId id) {
    return credits.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The sum still owed on the charges, disputed ones included. */
  public Money outstanding() {
    return charges.stream().map(ChargeAllocation::outstanding).reduce(Money.ZERO, Money::plus);
  }

  /** The sum still owed on disputed charges. */
  public Money disputedOutstanding() {
    return charges.stream()
        .filter(ChargeAllocation::disputed)
        .map(ChargeAllocation::outstanding)
        .reduce(Money.ZERO, Money::plus);
  }

  /** Credit not yet used to pay any charge (summed in pence, one {@code Money} at the end). */
  public Money unallocatedCredit() {
    long pence = 0;
    for (CreditAllocation credit : credits) {
      pence = Math.addExact(pence, credit.unallocated().pence());
    }
    return Money.ofPence(pence);
  }

  /** The balance: outstanding charges less unallocated credit. Equals the ledger's balance. */
  public Money balance() {
    return outstanding().minus(unallocatedCredit());
  }
}
