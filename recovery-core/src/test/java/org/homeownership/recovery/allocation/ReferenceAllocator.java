package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;

/**
 * The allocator as it was before the fast paths of issue 9 (comparator sorting on every credit, a
 * set of reversed ids for every ledger), kept word for word as the exact reference that {@link
 * PaymentAllocator} is property-tested against in {@link AllocatorMatchesReferenceTest}.
 */
final class ReferenceAllocator {

  /** Orders credits on the same date by their own details, then by id. */
  private static final Comparator<CreditState> CREDIT_ORDER =
      Comparator.comparing((CreditState c) -> c.credit.date())
          .thenComparing(c -> c.credit.kind())
          .thenComparing(c -> c.credit.allocateTo().orElse(""))
          .thenComparing(c -> c.credit.externalReference().orElse(""))
          .thenComparing(c -> c.credit.amount())
          .thenComparing(c -> c.id);

  private final AllocationStrategy strategy;

  /** An allocator that uses {@code strategy}. */
  ReferenceAllocator(AllocationStrategy strategy) {
    this.strategy = requireNonNull(strategy, "strategy");
  }

  /**
   * Allocates the entries of {@code ledger} dated on or before {@code asOf}.
   *
   * @param disputed the ids of charges in dispute, which no payment or credit pays
   */
  Allocation allocate(Ledger ledger, LocalDate asOf, Set<EntryId> disputed) {
    Set<EntryId> reversed = ledger.reversedOn(asOf);
    List<ChargeState> charges = new ArrayList<>();
    List<CreditState> credits = new ArrayList<>();
    for (PostedEntry posted : ledger.entries()) {
      LedgerEntry entry = posted.entry();
      if (entry.date().isAfter(asOf)
          || entry instanceof Reversal
          || reversed.contains(posted.id())) {
        continue;
      }
      if (entry instanceof DebitEntry debit) {
        charges.add(new ChargeState(posted.id(), debit, disputed.contains(posted.id())));
      } else if (entry instanceof CreditEntry credit) {
        credits.add(new CreditState(posted.id(), credit));
      } else {
        throw new IllegalStateException("unknown entry kind " + entry.kind());
      }
    }
    charges.sort(
        Comparator.comparing((ChargeState c) -> c.charge.date())
            .thenComparing(OpenCharge.OLDEST_DUE_FIRST));
    credits.sort(CREDIT_ORDER);
    replay(charges, credits);

    charges.sort(OpenCharge.OLDEST_DUE_FIRST);
    return new Allocation(
        ledger.account(),
        asOf,
        strategy.describe(),
        charges.stream().map(ChargeState::result).collect(ImmutableList.toImmutableList()),
        credits.stream().map(CreditState::result).collect(ImmutableList.toImmutableList()));
  }

  /** Merges the two date-ordered lists, debits first on each date. */
  private void replay(List<ChargeState> charges, List<CreditState> credits) {
    List<ChargeState> open = new ArrayList<>();
    List<CreditState> waiting = new ArrayList<>();
    int nextCharge = 0;
    for (CreditState credit : credits) {
      while (nextCharge < charges.size()
          && !charges.get(nextCharge).charge.date().isAfter(credit.credit.date())) {
        raise(charges.get(nextCharge++), open, waiting);
      }
      pay(credit, open);
      if (credit.remaining > 0) {
        waiting.add(credit);
      }
    }
    while (nextCharge < charges.size()) {
      raise(charges.get(nextCharge++), open, waiting);
    }
  }

  /** A charge is raised: credit waiting on the account pays it, oldest credit first. */
  private void raise(ChargeState charge, List<ChargeState> open, List<CreditState> waiting) {
    if (charge.disputed) {
      return;
    }
    open.add(charge);
    for (Iterator<CreditState> it = waiting.iterator(); it.hasNext() && !open.isEmpty(); ) {
      CreditState credit = it.next();
      pay(credit, open);
      if (credit.remaining == 0) {
        it.remove();
      }
    }
  }

  private void pay(CreditState credit, List<ChargeState> open) {
    if (open.isEmpty()) {
      return;
    }
    open.sort(strategy.order(credit.credit));
    for (Iterator<ChargeState> it = open.iterator(); it.hasNext() && credit.remaining > 0; ) {
      ChargeState charge = it.next();
      long amount = Math.min(charge.outstanding, credit.remaining);
      charge.outstanding -= amount;
      credit.remaining -= amount;
      LocalDate paidOn =
          credit.credit.date().isAfter(charge.charge.date())
              ? credit.credit.date()
              : charge.charge.date();
      charge.paidBy.add(new Settlement(credit.id, paidOn, Money.ofPence(amount)));
      if (charge.outstanding == 0) {
        it.remove();
      }
    }
  }

  /** A debit being replayed; outstanding in pence. */
  private static final class ChargeState implements OpenCharge {
    final EntryId id;
    final DebitEntry charge;
    final boolean disputed;
    final ImmutableList.Builder<Settlement> paidBy = ImmutableList.builder();
    long outstanding;

    ChargeState(EntryId id, DebitEntry charge, boolean disputed) {
      this.id = id;
      this.charge = charge;
      this.disputed = disputed;
      this.outstanding = charge.amount().pence();
    }

    @Override
    public EntryId id() {
      return id;
    }

    @Override
    public DebitEntry charge() {
      return charge;
    }

    ChargeAllocation result() {
      Money left = Money.ofPence(outstanding);
      return new ChargeAllocation(
          id, charge, charge.amount().minus(left), left, disputed, paidBy.build());
    }
  }

  /** A credit being replayed; remaining in pence. */
  private static final class CreditState {
    final EntryId id;
    final CreditEntry credit;
    long remaining;

    CreditState(EntryId id, CreditEntry credit) {
      this.id = id;
      this.credit = credit;
      this.remaining = credit.amount().pence();
    }

    CreditAllocation result() {
      Money left = Money.ofPence(remaining);
      return new CreditAllocation(id, credit, credit.amount().minus(left), left);
    }
  }
}
