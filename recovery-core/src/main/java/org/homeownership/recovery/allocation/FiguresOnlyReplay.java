package org.homeownership.recovery.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;

/**
 * The figures of an oldest-due-first allocation, worked out over pence and packed date keys in
 * arrays reused from call to call on the same thread, with no per-charge or per-credit records.
 *
 * <p>Why the figures need no record of which credit paid which charge: when every credit pays the
 * open charges earliest due first, a charge's outstanding part depends only on how much credit is
 * waiting when it is raised and on the order charges are raised and opened, never on which credit
 * the money came from. So the credits of a day are summed into one pool, and the pool pays the open
 * charges in {@link OpenCharge#OLDEST_DUE_FIRST} order; charges are raised in {@link
 * PaymentAllocator}'s order (date raised, then oldest due first), and before the credits of their
 * day. Reversed entries and reversals are left out and disputed charges are never opened, as the
 * full allocation does.
 *
 * <p>Dates are compared as {@code year << 9 | month << 5 | day}, which orders as the dates do and
 * needs no day-number arithmetic. A ledger this cannot take (a credit the strategy orders otherwise
 * than oldest due first, a year outside 0–16383, more than 65,535 entries, an entry of no known
 * kind, or a sum of pence that would overflow) is reported as {@link #UNSUPPORTED} before anything
 * is told to the sink, and the caller falls back to the full allocation.
 */
final class FiguresOnlyReplay {

  /** Returned when the ledger cannot take this path. */
  static final long UNSUPPORTED = Long.MIN_VALUE;

  private static final int MAX_ENTRIES = 0xFFFF;
  private static final int MAX_YEAR = (1 << 14) - 1;
  private static final long NO_KEY = -1;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private FiguresOnlyReplay() {}

  /**
   * Tells {@code sink} each charge the allocation leaves outstanding and returns the unallocated
   * credit in pence, or returns {@link #UNSUPPORTED} having told the sink nothing.
   */
  static long outstanding(
      List<PostedEntry> entries,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      OutstandingSink sink) {
    Scratch scratch = SCRATCH.get();
    if (scratch.inUse) {
      // A sink that allocates again on the same thread gets arrays of its own.
      scratch = new Scratch();
    }
    scratch.inUse = true;
    try {
      return outstanding(entries, asOf, disputed, strategy, sink, scratch);
    } finally {
      scratch.inUse = false;
    }
  }

  private static long outstanding(
      List<PostedEntry> entries,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      OutstandingSink sink,
      Scratch s) {
    int size = entries.size();
    long asOfKey = key(asOf);
    if (size > MAX_ENTRIES || asOfKey == NO_KEY) {
      return UNSUPPORTED;
    }
    s.ensure(size);
    boolean anyDisputed = !disputed.isEmpty();
    boolean anyReversal = false;
    for (int i = 0; i < size; i++) {
      PostedEntry posted = entries.get(i);
      LedgerEntry entry = posted.entry();
      // Charges and payments, nearly every entry, are tested for by their classes first: a class
      // test and calls the compiler can bind, where the entry interfaces need a search and a
      // dispatch through the interface tables on every call.
      boolean known;
      if (entry instanceof Charge charge) {
        known =
            charge(
                s,
                i,
                key(charge.dateRaised()),
                asOfKey,
                charge.dueDate(),
                charge.amount(),
                anyDisputed && disputed.contains(posted.id()));
      } else if (entry instanceof Payment payment) {
        known =
            strategy.order(payment) == OpenCharge.OLDEST_DUE_FIRST
                && credit(s, i, key(payment.dateReceived()), asOfKey, payment.amount());
      } else if (entry instanceof DebitEntry debit) {
        known =
            charge(
                s,
                i,
                key(debit.date()),
                asOfKey,
                debit.dueDate(),
                debit.amount(),
                anyDisputed && disputed.contains(posted.id()));
      } else if (entry instanceof CreditEntry credit) {
        known =
            strategy.order(credit) == OpenCharge.OLDEST_DUE_FIRST
                && credit(s, i, key(credit.date()), asOfKey, credit.amount());
      } else if (entry instanceof Reversal reversal) {
        long day = key(reversal.date());
        known = day != NO_KEY;
        if (known && day <= asOfKey) {
          if (!anyReversal) {
            Arrays.fill(s.reversed, 0, size, false);
            anyReversal = true;
          }
          int target = indexOf(entries, reversal.reverses());
          if (target >= 0) {
            s.reversed[target] = true;
          }
        }
      } else {
        known = false;
      }
      if (!known) {
        return UNSUPPORTED;
      }
    }
    int charges = s.charges;
    int credits = s.credits;
    if (anyReversal) {
      charges = dropReversed(s.chargeKeys, charges, s.reversed);
      credits = dropReversed(s.creditKeys, credits, s.reversed);
    }
    if (!s.chargesSorted) {
      Arrays.sort(s.chargeKeys, 0, charges);
    }
    if (!s.creditsSorted) {
      Arrays.sort(s.creditKeys, 0, credits);
    }
    breakTies(s.chargeKeys, charges, entries);

    long pool;
    try {
      pool = replay(s, charges, credits);
    } catch (ArithmeticException overflow) {
      return UNSUPPORTED;
    }
    for (int c = 0; c < charges; c++) {
      long left = s.outstanding[c];
      if (left != 0) {
        int i = index(s.chargeKeys[c]);
        PostedEntry posted = entries.get(i);
        sink.outstanding(posted.id(), (DebitEntry) posted.entry(), left, s.disputed[i]);
      }
    }
    return pool;
  }

  /**
   * Takes in the debit at {@code i}, raised on day {@code day}, if it is dated on or before the
   * as-of day; false if a date cannot be keyed.
   */
  private static boolean charge(
      Scratch s, int i, long day, long asOfKey, LocalDate dueDate, Money amount, boolean disputed) {
    if (day == NO_KEY) {
      return false;
    }
    if (day > asOfKey) {
      return true;
    }
    long due = key(dueDate);
    if (due == NO_KEY) {
      return false;
    }
    long chargeKey = day << 39 | due << 16 | i;
    int charges = s.charges;
    s.chargesSorted &= charges == 0 || s.chargeKeys[charges - 1] < chargeKey;
    s.chargeKeys[charges] = chargeKey;
    s.charges = charges + 1;
    s.pence[i] = amount.pence();
    s.disputed[i] = disputed;
    return true;
  }

  /**
   * Takes in the credit at {@code i}, dated day {@code day}, if it is dated on or before the as-of
   * day; false if its date cannot be keyed.
   */
  private static boolean credit(Scratch s, int i, long day, long asOfKey, Money amount) {
    if (day == NO_KEY) {
      return false;
    }
    if (day > asOfKey) {
      return true;
    }
    long creditKey = day << 16 | i;
    int credits = s.credits;
    s.creditsSorted &= credits == 0 || s.creditKeys[credits - 1] < creditKey;
    s.creditKeys[credits] = creditKey;
    s.credits = credits + 1;
    s.pence[i] = amount.pence();
    return true;
  }

  /** Pays the charges from the pooled credit; returns the credit left unallocated. */
  private static long replay(Scratch s, int charges, int credits) {
    for (int c = 0; c < charges; c++) {
      s.outstanding[c] = s.pence[index(s.chargeKeys[c])];
    }
    long pool = 0;
    int next = 0;
    for (int k = 0; k < credits; k++) {
      long creditDay = s.creditKeys[k] >>> 16;
      while (next < charges && s.chargeKeys[next] >>> 39 <= creditDay) {
        pool = raise(s, next++, pool);
      }
      pool = Math.addExact(pool, s.pence[index(s.creditKeys[k])]);
      pool = pay(s, pool);
    }
    while (next < charges) {
      pool = raise(s, next++, pool);
    }
    return pool;
  }

  /**
   * Opens charge {@code c} (the {@code c}th raised) in its place in oldest-due-first order: due
   * date, then date raised, then the order raised, which for charges due and raised on the same
   * days is {@link OpenCharge#OLDEST_DUE_FIRST}'s. Waiting credit then pays it.
   */
  private static long raise(Scratch s, int c, long pool) {
    long chargeKey = s.chargeKeys[c];
    if (s.disputed[index(chargeKey)]) {
      return pool;
    }
    long openKey = ((chargeKey >>> 16) & 0x7F_FFFFL) << 39 | (chargeKey >>> 39) << 16 | c;
    int at = s.openTo;
    while (at > s.openFrom && s.openKeys[at - 1] > openKey) {
      s.openKeys[at] = s.openKeys[at - 1];
      at--;
    }
    s.openKeys[at] = openKey;
    s.openTo++;
    return pay(s, pool);
  }

  /** The pool pays the open charges in order; paid-off charges leave the front of the list. */
  private static long pay(Scratch s, long pool) {
    while (pool > 0 && s.openFrom < s.openTo) {
      int c = (int) (s.openKeys[s.openFrom] & 0xFFFF);
      long amount = Math.min(s.outstanding[c], pool);
      s.outstanding[c] -= amount;
      pool -= amount;
      if (s.outstanding[c] == 0) {
        s.openFrom++;
      }
    }
    return pool;
  }

  /**
   * Charges raised and due on the same days are put in {@link OpenCharge#OLDEST_DUE_FIRST} order
   * (charge type, demand reference, amount, id), which is the full allocation's order for them.
   */
  private static void breakTies(long[] keys, int count, List<PostedEntry> entries) {
    int from = 0;
    while (from < count) {
      int to = from + 1;
      while (to < count && keys[to] >>> 16 == keys[from] >>> 16) {
        to++;
      }
      if (to - from > 1) {
        List<Tied> tied = new ArrayList<>(to - from);
        for (int c = from; c < to; c++) {
          PostedEntry posted = entries.get(index(keys[c]));
          tied.add(new Tied(posted.id(), (DebitEntry) posted.entry(), keys[c]));
        }
        tied.sort(OpenCharge.OLDEST_DUE_FIRST);
        for (int c = from; c < to; c++) {
          keys[c] = tied.get(c - from).key;
        }
      }
      from = to;
    }
  }

  /** A charge in a run of ties, as the strategies' comparator sees it. */
  private record Tied(EntryId id, DebitEntry charge, long key) implements OpenCharge {}

  /** Leaves out the keys of reversed entries; the order of the rest is kept. */
  private static int dropReversed(long[] keys, int count, boolean[] reversed) {
    int kept = 0;
    for (int c = 0; c < count; c++) {
      if (!reversed[index(keys[c])]) {
        keys[kept++] = keys[c];
      }
    }
    return kept;
  }

  /**
   * The position of the entry with {@code id}, or -1 if none has it: a binary search, as a ledger's
   * ids rise in posting order ({@code Ledger.of} and {@code Ledger.append} refuse anything else).
   */
  private static int indexOf(List<PostedEntry> entries, EntryId id) {
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = entries.get(mid).id().compareTo(id);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static int index(long key) {
    return (int) (key & 0xFFFF);
  }

  /**
   * {@code year << 9 | month << 5 | day}, ordered as the dates are; {@link #NO_KEY} if unusable.
   */
  private static long key(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > MAX_YEAR) {
      return NO_KEY;
    }
    return (long) year << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
  }

  /** Arrays reused from call to call on one thread, grown to the longest ledger seen. */
  private static final class Scratch {
    boolean inUse;
    long[] chargeKeys = new long[0];
    long[] creditKeys = new long[0];
    long[] pence = new long[0];
    boolean[] disputed = new boolean[0];
    boolean[] reversed = new boolean[0];
    long[] outstanding = new long[0];
    long[] openKeys = new long[0];
    int charges;
    int credits;
    boolean chargesSorted;
    boolean creditsSorted;
    int openFrom;
    int openTo;

    void ensure(int size) {
      if (pence.length < size) {
        int length = Math.max(size, 64);
        chargeKeys = new long[length];
        creditKeys = new long[length];
        pence = new long[length];
        disputed = new boolean[length];
        reversed = new boolean[length];
        outstanding = new long[length];
        openKeys = new long[length];
      }
      charges = 0;
      credits = 0;
      // Posting order is nearly always date order, so the keys mostly arrive sorted already.
      chargesSorted = true;
      creditsSorted = true;
      openFrom = 0;
      openTo = 0;
    }
  }
}
