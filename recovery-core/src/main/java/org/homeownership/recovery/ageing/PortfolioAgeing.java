package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;

/**
 * A portfolio's aged debt, summed account by account as each ledger is allocated, without an {@link
 * AgedDebt} for each account: the same figures as ageing each ledger with {@link
 * ArrearsAgeing#age(Ledger, LocalDate, PaymentAllocator, Set)} and summing with {@link
 * AgedDebt#summing}. For a sweep that needs only the portfolio's total.
 *
 * <p>Mutable and not safe for use by more than one thread at a time.
 */
public final class PortfolioAgeing {

  private final LocalDate asOf;
  private final BandTally tally;
  private long unallocated;
  private long accounts;
  private long accountsInArrears;

  /** An empty portfolio, to be aged into {@code bands} as of {@code asOf}. */
  public PortfolioAgeing(AgeingBands bands, LocalDate asOf) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.tally = new BandTally(requireNonNull(bands, "bands"), asOf);
  }

  /** Adds the account of {@code ledger}, allocated by {@code allocator} with no charge disputed. */
  public PortfolioAgeing add(Ledger ledger, PaymentAllocator allocator) {
    return add(ledger, allocator, Set.of());
  }

  /**
   * Adds the account of {@code ledger}, allocated by {@code allocator} with the charges {@code
   * disputed} left out of allocation.
   */
  public PortfolioAgeing add(Ledger ledger, PaymentAllocator allocator, Set<EntryId> disputed) {
    tally.startAccount();
    long credit = allocator.outstandingAmounts(ledger, asOf, disputed, tally);
    unallocated = Math.addExact(unallocated, credit);
    accounts++;
    if (tally.accountInArrears()) {
      accountsInArrears++;
    }
    return this;
  }

  /** The aged debt of the accounts added so far. */
  public AgedDebt total() {
    return tally.agedDebt(unallocated, accounts, accountsInArrears);
  }
}
