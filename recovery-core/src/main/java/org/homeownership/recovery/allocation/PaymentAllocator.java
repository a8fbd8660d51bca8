package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PackedEntries;
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
      Comparator.comparing((CreditState c) -> c.credit().date())
          .thenComparing(c -> c.credit().kind())
          .thenComparing(c -> c.credit().allocateTo().orElse(""))
          .thenComparing(c -> c.credit().externalReference().orElse(""))
          .thenComparing(c -> c.credit().amount())
          .thenComparing(c -> c.id);

  /**
   * {@link #CREDIT_ORDER} with the date compared as a day number and the kind as its ordinal first:
   * the same order, without going through the key extractors (or reading the credit at all) for the
   * credits on different days (nearly all of them).
   */
  private static final Comparator<CreditState> CREDIT_ORDER_FAST =
      (a, b) -> {
        int byDay = Long.compare(a.day, b.day);
        if (byDay != 0) {
          return byDay;
        }
        int byKind = Integer.compare(a.kind, b.kind);
        return byKind != 0 ? byKind : CREDIT_ORDER.compare(a, b);
      };

  /**
   * Date raised, then {@link OpenCharge#OLDEST_DUE_FIRST}: the order charges are replayed in. The
   * day numbers and the charge type's ordinal are compared first; ties fall back to the full
   * comparator, so the order is the same.
   */
  private static final Comparator<ChargeState> RAISED_THEN_OLDEST_DUE_FIRST =
      (a, b) -> {
        int byDay = Long.compare(a.day, b.day);
        if (byDay != 0) {
          return byDay;
        }
        int byDue = Long.compare(a.dueDay, b.dueDay);
        if (byDue != 0) {
          return byDue;
        }
        int byType = Integer.compare(a.type, b.type);
        return byType != 0 ? byType : OpenCharge.OLDEST_DUE_FIRST.compare(a, b);
      };

  /**
   * {@link OpenCharge#OLDEST_DUE_FIRST}, comparing the due and raised day numbers and the charge
   * type's ordinal first.
   */
  private static final Comparator<ChargeState> OLDEST_DUE_FIRST_FAST =
      (a, b) -> {
        int byDue = Long.compare(a.dueDay, b.dueDay);
        if (byDue != 0) {
          return byDue;
        }
        int byDay = Long.compare(a.day, b.day);
        if (byDay != 0) {
          return byDay;
        }
        int byType = Integer.compare(a.type, b.type);
        return byType != 0 ? byType : OpenCharge.OLDEST_DUE_FIRST.compare(a, b);
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
    // The entries are read in their packed form (day numbers, pence, kinds, reversal targets), so
    // the entry objects, scattered over the heap, are touched only to build the results.
    PackedEntries packed = ledger.packed();
    int size = packed.size();
    boolean anyDisputed = !disputed.isEmpty();
    long asOfDay = asOf.toEpochDay();
    // The entries reversed by reversals dated on or before the as-of date, as
    // Ledger.reversedOn(asOf) gives them; most ledgers have no reversal, and then none is marked.
    boolean[] undone = null;
    if (packed.hasReversals()) {
      for (int i = 0; i < size; i++) {
        int target = packed.reverses(i);
        if (target >= 0 && packed.day(i) <= asOfDay) {
          if (undone == null) {
            undone = new boolean[size];
          }
          undone[target] = true;
        }
      }
    }
    List<ChargeState> charges = new ArrayList<>(size);
    List<CreditState> credits = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (packed.day(i) > asOfDay) {
        continue;
      }
      byte shape = packed.shape(i);
      if (shape == PackedEntries.OTHER) {
        throw new IllegalStateException("unknown entry kind " + packed.kind(i));
      }
      if (shape == PackedEntries.REVERSAL || (undone != null && undone[i])) {
        continue;
      }
      if (shape == PackedEntries.DEBIT) {
        charges.add(new ChargeState(packed, i, anyDisputed && disputed.contains(packed.id(i))));
      } else {
        credits.add(new CreditState(packed, i));
      }
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
    Comparator<? super ChargeState> order = strategy.order(credit.credit());
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
      charge.settled(credit, amount);
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

  /**
   * A debit being replayed; outstanding in pence. Its figures come from the packed entries; the
   * entry object is read only to break ties in ordering and to build the result.
   */
  private static final class ChargeState implements OpenCharge {
    final EntryId id;
    final LedgerEntry entry;
    final boolean disputed;
    final long day;
    final long dueDay;
    final int type;
    final long pence;
    // The credits that paid it and how much each paid, in order; Settlements are made with the
    // result, so that replaying reads no entry object.
    private CreditState @Nullable [] payers;
    private long @Nullable [] paid;
    private int payments;
    long outstanding;

    ChargeState(PackedEntries packed, int i, boolean disputed) {
      this.id = packed.id(i);
      this.entry = packed.entry(i);
      this.disputed = disputed;
      this.day = packed.day(i);
      this.dueDay = packed.dueDay(i);
      this.type = packed.chargeTypeOrdinal(i);
      this.pence = packed.pence(i);
      this.outstanding = pence;
    }

    /** Records that {@code credit} paid {@code amount} pence of it. */
    void settled(CreditState credit, long amount) {
      if (payers == null || paid == null) {
        payers = new CreditState[2];
        paid = new long[2];
      } else if (payments == payers.length) {
        payers = Arrays.copyOf(payers, payments * 2);
        paid = Arrays.copyOf(paid, payments * 2);
      }
      payers[payments] = credit;
      paid[payments] = amount;
      payments++;
    }

    /** The settlements, in the order they were made. */
    private ImmutableList<Settlement> paidBy(DebitEntry charge) {
      if (payers == null || paid == null) {
        return ImmutableList.of();
      }
      if (payments == 1) {
        return ImmutableList.of(settlement(charge, payers[0], paid[0]));
      }
      // Sized exactly, so the builder hands its array to the list without copying it.
      ImmutableList.Builder<Settlement> list = ImmutableList.builderWithExpectedSize(payments);
      for (int k = 0; k < payments; k++) {
        list.add(settlement(charge, payers[k], paid[k]));
      }
      return list.build();
    }

    /**
     * A settlement dated the later of the credit's and the charge's dates. The amount paid is
     * usually the whole charge or the whole credit, whose own {@code Money} then serves.
     */
    private Settlement settlement(DebitEntry charge, CreditState credit, long amount) {
      LocalDate paidOn = credit.day > day ? credit.entry.date() : charge.date();
      Money money =
          amount == pence
              ? charge.amount()
              : amount == credit.pence ? credit.entry.amount() : Money.ofPence(amount);
      return new Settlement(credit.id, paidOn, money);
    }

    @Override
    public EntryId id() {
      return id;
    }

    @Override
    public DebitEntry charge() {
      return (DebitEntry) entry;
    }

    ChargeAllocation result() {
      DebitEntry charge = charge();
      Money amount = charge.amount();
      long paid = pence - outstanding;
      return new ChargeAllocation(
          id,
          charge,
          outstanding == 0 ? amount : Money.ofPence(paid),
          paid == 0 ? amount : Money.ofPence(outstanding),
          disputed,
          paidBy(charge));
    }
  }

  /** A credit being replayed; remaining in pence. */
  private static final class CreditState {
    final EntryId id;
    final LedgerEntry entry;
    final long day;
    final int kind;
    final long pence;
    long remaining;

    CreditState(PackedEntries packed, int i) {
      this.id = packed.id(i);
      this.entry = packed.entry(i);
      this.day = packed.day(i);
      this.kind = packed.kindOrdinal(i);
      this.pence = packed.pence(i);
      this.remaining = pence;
    }

    CreditEntry credit() {
      return (CreditEntry) entry;
    }

    CreditAllocation result() {
      CreditEntry credit = credit();
      Money amount = credit.amount();
      long used = pence - remaining;
      return new CreditAllocation(
          id,
          credit,
          remaining == 0 ? amount : Money.ofPence(used),
          used == 0 ? amount : Money.ofPence(remaining));
    }
  }
}
