package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
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
import org.jspecify.annotations.Nullable;

/**
 * Allocates an account's payments and credits to its charges.
 *
 * <p>The entries dated on or before the as-of date are replayed in date order, whatever order they
 * were posted in: a back-dated payment lands where its date puts it. On each date debits come
 * before credits; entries on the same date are ordered by their own details, so the result never
 * depends on the order of posting. When a credit arrives it pays the open charges in the order the
 * {@link AllocationStrategy} gives; what is left waits as unallocated credit and pays the next
 * charges as they are raised. A reversed entry and its reversal are left out entirely, as if the
 * reversed entry had never been posted. Disputed charges are left out of allocation: they stay
 * outstanding until the dispute is resolved.
 *
 * <p>The laws, proved by property tests: no credit pays more than its amount, no charge is paid
 * more than its amount, and outstanding charges less unallocated credit equal the ledger balance.
 */
public final class PaymentAllocator {

  /** Orders credits on the same date by their own details, then by id. */
  private static final Comparator<CreditState> CREDIT_ORDER =
      Comparator.comparing((CreditState c) -> c.credit.date())
          .thenComparing(c -> c.credit.kind())
          .thenComparing(c -> c.credit.allocateTo().orElse(""))
          .thenComparing(c -> c.credit.externalReference().orElse(""))
          .thenComparing(c -> c.credit.amount())
          .thenComparing(c -> c.id);

  /**
   * {@link #CREDIT_ORDER} with the date compared as a day number first: the same order, without
   * going through the key extractors for the credits on different days (nearly all of them).
   */
  private static final Comparator<CreditState> CREDIT_ORDER_FAST =
      (a, b) -> {
        int byDay = Long.compare(a.day, b.day);
        return byDay != 0 ? byDay : CREDIT_ORDER.compare(a, b);
      };

  /**
   * Date raised, then {@link OpenCharge#OLDEST_DUE_FIRST}: the order charges are replayed in. The
   * day numbers are compared first; ties fall back to the full comparator, so the order is the
   * same.
   */
  private static final Comparator<ChargeState> RAISED_THEN_OLDEST_DUE_FIRST =
      (a, b) -> {
        int byDay = Long.compare(a.day, b.day);
        if (byDay != 0) {
          return byDay;
        }
        int byDue = Long.compare(a.dueDay, b.dueDay);
        return byDue != 0 ? byDue : OpenCharge.OLDEST_DUE_FIRST.compare(a, b);
      };

  /** {@link OpenCharge#OLDEST_DUE_FIRST}, comparing the due and raised day numbers first. */
  private static final Comparator<ChargeState> OLDEST_DUE_FIRST_FAST =
      (a, b) -> {
        int byDue = Long.compare(a.dueDay, b.dueDay);
        if (byDue != 0) {
          return byDue;
        }
        int byDay = Long.compare(a.day, b.day);
        return byDay != 0 ? byDay : OpenCharge.OLDEST_DUE_FIRST.compare(a, b);
      };

  private final AllocationStrategy strategy;

  /** An allocator that uses {@code strategy}. */
  public PaymentAllocator(AllocationStrategy strategy) {
    this.strategy = requireNonNull(strategy, "strategy");
  }

  /** The strategy this allocator pays charges by. */
  public AllocationStrategy strategy() {
    return strategy;
  }

  /** Allocates with no charges disputed. */
  public Allocation allocate(Ledger ledger, LocalDate asOf) {
    return allocate(ledger, asOf, Set.of());
  }

  /**
   * Allocates the entries of {@code ledger} dated on or before {@code asOf}.
   *
   * @param disputed the ids of charges in dispute, which no payment or credit pays
   */
  public Allocation allocate(Ledger ledger, LocalDate asOf, Set<EntryId> disputed) {
    ImmutableList<PostedEntry> entries = ledger.entries();
    boolean anyDisputed = !disputed.isEmpty();
    long asOfDay = asOf.toEpochDay();
    // One pass over the entries, which are scattered over the heap: the reversed ids are gathered
    // on the way and their entries taken out afterwards, as Ledger.reversedOn(asOf) would give.
    // Most ledgers have no reversal, and then no set is built.
    Set<EntryId> reversed = Set.of();
    List<ChargeState> charges = new ArrayList<>(entries.size());
    List<CreditState> credits = new ArrayList<>(entries.size());
    for (PostedEntry posted : entries) {
      LedgerEntry entry = posted.entry();
      if (entry.date().toEpochDay() > asOfDay) {
        continue;
      }
      if (entry instanceof DebitEntry debit) {
        charges.add(
            new ChargeState(posted.id(), debit, anyDisputed && disputed.contains(posted.id())));
      } else if (entry instanceof CreditEntry credit) {
        credits.add(new CreditState(posted.id(), credit));
      } else if (entry instanceof Reversal reversal) {
        if (reversed.isEmpty()) {
          reversed = new HashSet<>();
        }
        reversed.add(reversal.reverses());
      } else {
        throw new IllegalStateException("unknown entry kind " + entry.kind());
      }
    }
    if (!reversed.isEmpty()) {
      Set<EntryId> undone = reversed;
      charges.removeIf(charge -> undone.contains(charge.id));
      credits.removeIf(credit -> undone.contains(credit.id));
    }
    charges.sort(RAISED_THEN_OLDEST_DUE_FIRST);
    credits.sort(CREDIT_ORDER_FAST);
    replay(charges, credits);

    charges.sort(OLDEST_DUE_FIRST_FAST);
    ImmutableList.Builder<ChargeAllocation> chargeResults =
        ImmutableList.builderWithExpectedSize(charges.size());
    for (ChargeState charge : charges) {
      chargeResults.add(charge.result());
    }
    ImmutableList.Builder<CreditAllocation> creditResults =
        ImmutableList.builderWithExpectedSize(credits.size());
    for (CreditState credit : credits) {
      creditResults.add(credit.result());
    }
    return new Allocation(
        ledger.account(), asOf, strategy.describe(), chargeResults.build(), creditResults.build());
  }

  /**
   * The figures of {@link #allocate(Ledger, LocalDate, Set)} without its records: tells {@code
   * sink} each charge left with something outstanding (in no particular order) and returns the
   * unallocated credit in pence, the sum of {@link Allocation#unallocatedCredit()}. No {@link
   * ChargeAllocation}, {@link CreditAllocation} or {@link Settlement} is built.
   *
   * <p>For credits the strategy pays oldest due first (every credit under {@link
   * AllocationStrategy#oldestDueFirst()}, and credits naming no demand under {@code
   * explicitThen(oldestDueFirst())}) the figures are worked out over the ledger's {@link
   * Ledger#figures()} in reused arrays, reading the entries only for the charges left outstanding;
   * for any other ledger the full allocation is made and read. Either way the figures are exactly
   * those of the allocation.
   *
   * @param disputed the ids of charges in dispute, which no payment or credit pays
   * @return the credit left unallocated, in pence
   */
  public long outstanding(
      Ledger ledger, LocalDate asOf, Set<EntryId> disputed, OutstandingSink sink) {
    requireNonNull(sink, "sink");
    long unallocated = FiguresOnlyReplay.outstanding(ledger, asOf, disputed, strategy, sink);
    if (unallocated != FiguresOnlyReplay.UNSUPPORTED) {
      return unallocated;
    }
    return tellAllocated(ledger, asOf, disputed, sink);
  }

  /**
   * The figures of {@link #allocate(Ledger, LocalDate, Set)} as {@link #outstanding} gives them,
   * but told to {@code amounts} by type, due day and pence only: where the figures-only path can
   * take the ledger, no entry object is read at all. For sums over a portfolio, such as aged debt.
   *
   * @param disputed the ids of charges in dispute, which no payment or credit pays
   * @return the credit left unallocated, in pence
   */
  public long outstandingAmounts(
      Ledger ledger, LocalDate asOf, Set<EntryId> disputed, OutstandingAmounts amounts) {
    requireNonNull(amounts, "amounts");
    long unallocated =
        FiguresOnlyReplay.outstandingAmounts(ledger, asOf, disputed, strategy, amounts);
    if (unallocated != FiguresOnlyReplay.UNSUPPORTED) {
      return unallocated;
    }
    return tellAllocated(
        ledger,
        asOf,
        disputed,
        (id, charge, pence, inDispute) ->
            amounts.outstanding(
                charge.chargeType(), charge.dueDate().toEpochDay(), pence, inDispute));
  }

  /**
   * The fall-back of {@link #outstanding} and {@link #outstandingAmounts}: makes the full
   * allocation and tells {@code sink} each charge it leaves outstanding.
   */
  private long tellAllocated(
      Ledger ledger, LocalDate asOf, Set<EntryId> disputed, OutstandingSink sink) {
    Allocation allocation = allocate(ledger, asOf, disputed);
    for (ChargeAllocation charge : allocation.charges()) {
      long left = charge.outstanding().pence();
      if (left != 0) {
        sink.outstanding(charge.id(), charge.charge(), left, charge.disputed());
      }
    }
    return allocation.unallocatedCredit().pence();
  }

  /** Merges the two date-ordered lists, debits first on each date. */
  private void replay(List<ChargeState> charges, List<CreditState> credits) {
    OpenCharges open = new OpenCharges();
    List<CreditState> waiting = new ArrayList<>();
    int nextCharge = 0;
    for (CreditState credit : credits) {
      while (nextCharge < charges.size() && charges.get(nextCharge).day <= credit.day) {
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
  private void raise(ChargeState charge, OpenCharges open, List<CreditState> waiting) {
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

  private void pay(CreditState credit, OpenCharges open) {
    if (open.isEmpty()) {
      return;
    }
    Comparator<? super ChargeState> order = strategy.order(credit.credit);
    if (order == OpenCharge.OLDEST_DUE_FIRST) {
      order = OLDEST_DUE_FIRST_FAST;
    }
    List<ChargeState> ordered = open.orderedBy(order);
    int paidOff = 0;
    for (int i = 0; i < ordered.size() && credit.remaining > 0; i++) {
      ChargeState charge = ordered.get(i);
      long amount = Math.min(charge.outstanding, credit.remaining);
      charge.outstanding -= amount;
      credit.remaining -= amount;
      LocalDate paidOn = credit.day > charge.day ? credit.credit.date() : charge.charge.date();
      charge.settled(new Settlement(credit.id, paidOn, Money.ofPence(amount)));
      if (charge.outstanding == 0) {
        paidOff++;
      }
    }
    // Paid off charges are always a prefix: each is paid in full before the next is touched.
    open.removeFirst(paidOff);
  }

  /**
   * The open charges, kept in the order of the last comparator asked for. A strategy whose order
   * does not depend on the credit gives the same comparator each time, so the charges are sorted
   * once and each newly raised charge is inserted in its place, instead of sorting for every
   * credit. Every strategy's order is total (it ends with the charge's id), so a sorted list is the
   * same however it was reached.
   */
  private static final class OpenCharges {
    private final ArrayList<ChargeState> charges = new ArrayList<>();
    private @Nullable Comparator<? super ChargeState> sortedBy;

    boolean isEmpty() {
      return charges.isEmpty();
    }

    void add(ChargeState charge) {
      if (sortedBy == null) {
        charges.add(charge);
        return;
      }
      int at = Collections.binarySearch(charges, charge, sortedBy);
      charges.add(at < 0 ? -at - 1 : at, charge);
    }

    List<ChargeState> orderedBy(Comparator<? super ChargeState> order) {
      if (order != sortedBy) {
        charges.sort(order);
        sortedBy = order;
      }
      return charges;
    }

    void removeFirst(int count) {
      if (count > 0) {
        charges.subList(0, count).clear();
      }
    }
  }

  /** A debit being replayed; outstanding in pence. */
  private static final class ChargeState implements OpenCharge {
    final EntryId id;
    final DebitEntry charge;
    final boolean disputed;
    final long day;
    final long dueDay;
    private @Nullable Settlement onlySettlement;
    private ImmutableList.@Nullable Builder<Settlement> settlements;
    long outstanding;

    ChargeState(EntryId id, DebitEntry charge, boolean disputed) {
      this.id = id;
      this.charge = charge;
      this.disputed = disputed;
      this.day = charge.date().toEpochDay();
      this.dueDay = charge.dueDate().toEpochDay();
      this.outstanding = charge.amount().pence();
    }

    /** Records a part payment; most charges are paid by one credit, so no list is made for one. */
    void settled(Settlement settlement) {
      if (settlements != null) {
        settlements.add(settlement);
      } else if (onlySettlement == null) {
        onlySettlement = settlement;
      } else {
        // The builder hands its array to the list it builds, where copying an ArrayList would not.
        settlements = ImmutableList.<Settlement>builderWithExpectedSize(4).add(onlySettlement);
        settlements.add(settlement);
      }
    }

    private ImmutableList<Settlement> paidBy() {
      if (settlements != null) {
        return settlements.build();
      }
      return onlySettlement == null ? ImmutableList.of() : ImmutableList.of(onlySettlement);
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
      Money amount = charge.amount();
      long paid = amount.pence() - outstanding;
      return new ChargeAllocation(
          id,
          charge,
          outstanding == 0 ? amount : Money.ofPence(paid),
          paid == 0 ? amount : Money.ofPence(outstanding),
          disputed,
          paidBy());
    }
  }

  /** A credit being replayed; remaining in pence. */
  private static final class CreditState {
    final EntryId id;
    final CreditEntry credit;
    final long day;
    long remaining;

    CreditState(EntryId id, CreditEntry credit) {
      this.id = id;
      this.credit = credit;
      this.day = credit.date().toEpochDay();
      this.remaining = credit.amount().pence();
    }

    CreditAllocation result() {
      Money amount = credit.amount();
      long used = amount.pence() - remaining;
      return new CreditAllocation(
          id,
          credit,
          remaining == 0 ? amount : Money.ofPence(used),
          used == 0 ? amount : Money.ofPence(remaining));
    }
  }
}
