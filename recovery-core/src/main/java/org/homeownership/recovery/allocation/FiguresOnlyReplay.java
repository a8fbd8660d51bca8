package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerFigures;
import org.homeownership.recovery.ledger.PostedEntry;
import org.jspecify.annotations.Nullable;

/**
 * The figures of an oldest-due-first allocation, worked out over a ledger's {@link LedgerFigures}
 * (pence and day keys in flat arrays, kept with the ledger) in arrays reused from call to call on
 * the same thread, with no per-charge or per-credit records. The entry objects are read only for
 * the charges left outstanding (to tell the sink) and for runs of charges raised and due on the
 * same days (to order them as the full allocation does).
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
 * <p>Whether a credit is paid oldest due first is asked of the strategy once for credits naming a
 * demand and once for the rest ({@link AllocationStrategy#orderForEvery}); a strategy that cannot
 * say is asked credit by credit. A ledger this cannot take (a credit dated by the as-of date that
 * the strategy orders otherwise than oldest due first, a year outside 0–16383, more than 65,535
 * entries, an entry of no known kind, or a sum of pence that would overflow) is reported as {@link
 * #UNSUPPORTED} before anything is told to the sink, and the caller falls back to the full
 * allocation.
 */
final class FiguresOnlyReplay {

  /** Returned when the ledger cannot take this path. */
  static final long UNSUPPORTED = Long.MIN_VALUE;

  /** The most entries a ledger may have here: positions are kept in 16 bits of each sort key. */
  static final int MAX_ENTRIES = 0xFFFF;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** How the strategy orders a group of credits: as every one of them is paid. */
  private enum CreditRule {
    /** Oldest due first, every one. */
    OLDEST_DUE_FIRST,
    /** Some other order for every one: the replay cannot take them. */
    OTHER,
    /** The strategy cannot say for all at once: ask it credit by credit. */
    ASK_EACH;

    static CreditRule of(AllocationStrategy strategy, boolean namingADemand) {
      Optional<Comparator<OpenCharge>> order = strategy.orderForEvery(namingADemand);
      if (order.isEmpty()) {
        return ASK_EACH;
      }
      return order.get() == OpenCharge.OLDEST_DUE_FIRST ? OLDEST_DUE_FIRST : OTHER;
    }
  }

  private FiguresOnlyReplay() {}

  /**
   * Tells {@code sink} each charge the allocation leaves outstanding and returns the unallocated
   * credit in pence, or returns {@link #UNSUPPORTED} having told the sink nothing.
   */
  static long outstanding(
      Ledger ledger,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      OutstandingSink sink) {
    return run(ledger, asOf, disputed, strategy, sink, null);
  }

  /**
   * Tells {@code amounts} each charge the allocation leaves outstanding, by its figures alone (no
   * entry object is read for it), and returns the unallocated credit in pence, or returns {@link
   * #UNSUPPORTED} having told it nothing.
   */
  static long outstandingAmounts(
      Ledger ledger,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      OutstandingAmounts amounts) {
    return run(ledger, asOf, disputed, strategy, null, amounts);
  }

  /** One of {@code sink} and {@code amounts} is given. */
  private static long run(
      Ledger ledger,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      @Nullable OutstandingSink sink,
      @Nullable OutstandingAmounts amounts) {
    Scratch scratch = SCRATCH.get();
    if (scratch.inUse) {
      // A sink that allocates again on the same thread gets arrays of its own.
      scratch = new Scratch();
    }
    scratch.inUse = true;
    try {
      return outstanding(ledger, asOf, disputed, strategy, sink, amounts, scratch);
    } finally {
      scratch.inUse = false;
    }
  }

  private static long outstanding(
      Ledger ledger,
      LocalDate asOf,
      Set<EntryId> disputed,
      AllocationStrategy strategy,
      @Nullable OutstandingSink sink,
      @Nullable OutstandingAmounts amounts,
      Scratch s) {
    LedgerFigures figures = ledger.figures();
    int size = figures.size();
    int asOfDay = LedgerFigures.dayKey(asOf);
    if (size > MAX_ENTRIES
        || asOfDay == LedgerFigures.NO_DAY
        || !figures.allDaysKeyed()
        || figures.anyUnknown()) {
      return UNSUPPORTED;
    }
    CreditRule naming = CreditRule.of(strategy, true);
    CreditRule plain = CreditRule.of(strategy, false);
    s.ensure(size);
    boolean anyDisputed = markDisputed(s, ledger, disputed, size);
    boolean anyReversal = false;
    for (int i = 0; i < size; i++) {
      int day = figures.day(i);
      if (day > asOfDay) {
        continue;
      }
      LedgerFigures.Role role = figures.role(i);
      if (role == LedgerFigures.Role.DEBIT) {
        s.charge(i, day, figures.dueDay(i));
      } else if (role == LedgerFigures.Role.CREDIT) {
        CreditRule rule = figures.namesDemand(i) ? naming : plain;
        if (rule != CreditRule.OLDEST_DUE_FIRST
            && (rule == CreditRule.OTHER || !paysOldestDueFirst(strategy, ledger, i))) {
          return UNSUPPORTED;
        }
        s.credit(i, day);
      } else if (role == LedgerFigures.Role.REVERSAL) {
        if (!anyReversal) {
          Arrays.fill(s.reversed, 0, size, false);
          anyReversal = true;
        }
        int target = figures.reversedPosition(i);
        if (target != LedgerFigures.NOT_ON_LEDGER) {
          s.reversed[target] = true;
        }
      } else {
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
    List<PostedEntry> entries = ledger.entries();
    breakTies(s.chargeKeys, charges, entries);

    long pool;
    try {
      pool = replay(s, figures, charges, credits, anyDisputed);
    } catch (ArithmeticException overflow) {
      return UNSUPPORTED;
    }
    if (amounts != null) {
      tell(s, figures, charges, anyDisputed, amounts);
    } else {
      tell(s, entries, charges, anyDisputed, requireNonNull(sink));
    }
    return pool;
  }

  /**
   * Tells the sink each charge left outstanding. Their entries are gathered first, in a loop of
   * independent reads, so that the reads of entries scattered over the heap overlap instead of each
   * waiting on memory in turn between calls to the sink.
   */
  private static void tell(
      Scratch s,
      List<PostedEntry> entries,
      int charges,
      boolean anyDisputed,
      OutstandingSink sink) {
    int told = 0;
    for (int c = 0; c < charges; c++) {
      if (s.outstanding[c] != 0) {
        PostedEntry posted = entries.get(index(s.chargeKeys[c]));
        s.postedToTell[told] = posted;
        s.debitToTell[told] = (DebitEntry) posted.entry();
        s.chargeToTell[told++] = c;
      }
    }
    for (int k = 0; k < told; k++) {
      int c = s.chargeToTell[k];
      int i = index(s.chargeKeys[c]);
      sink.outstanding(
          requireNonNull(s.postedToTell[k]).id(),
          requireNonNull(s.debitToTell[k]),
          s.outstanding[c],
          anyDisputed && s.disputed[i]);
    }
    Arrays.fill(s.postedToTell, 0, told, null);
    Arrays.fill(s.debitToTell, 0, told, null);
  }

  /** Tells {@code amounts} each charge left outstanding, from the figures alone. */
  private static void tell(
      Scratch s,
      LedgerFigures figures,
      int charges,
      boolean anyDisputed,
      OutstandingAmounts amounts) {
    for (int c = 0; c < charges; c++) {
      long left = s.outstanding[c];
      if (left != 0) {
        int i = index(s.chargeKeys[c]);
        amounts.outstanding(
            requireNonNull(figures.chargeType(i)),
            LedgerFigures.epochDay(figures.dueDay(i)),
            left,
            anyDisputed && s.disputed[i]);
      }
    }
  }

  /** Whether the strategy pays the credit at {@code position} oldest due first, asked of it. */
  private static boolean paysOldestDueFirst(
      AllocationStrategy strategy, Ledger ledger, int position) {
    CreditEntry credit = (CreditEntry) ledger.entries().get(position).entry();
    return strategy.order(credit) == OpenCharge.OLDEST_DUE_FIRST;
  }

  /**
   * Marks the positions of the disputed entries; false if none is disputed. A few disputed ids are
   * found by binary search; many are tested entry by entry.
   */
  private static boolean markDisputed(Scratch s, Ledger ledger, Set<EntryId> disputed, int size) {
    if (disputed.isEmpty()) {
      return false;
    }
    if (disputed.size() * 8 <= size) {
      Arrays.fill(s.disputed, 0, size, false);
      for (EntryId id : disputed) {
        int at = ledger.positionOf(id);
        if (at != LedgerFigures.NOT_ON_LEDGER) {
          s.disputed[at] = true;
        }
      }
    } else {
      List<PostedEntry> entries = ledger.entries();
      for (int i = 0; i < size; i++) {
        s.disputed[i] = disputed.contains(entries.get(i).id());
      }
    }
    return true;
  }

  /** Pays the charges from the pooled credit; returns the credit left unallocated. */
  private static long replay(
      Scratch s, LedgerFigures figures, int charges, int credits, boolean anyDisputed) {
    for (int c = 0; c < charges; c++) {
      s.outstanding[c] = figures.pence(index(s.chargeKeys[c]));
    }
    long pool = 0;
    int next = 0;
    for (int k = 0; k < credits; k++) {
      long creditDay = s.creditKeys[k] >>> 16;
      while (next < charges && s.chargeKeys[next] >>> 39 <= creditDay) {
        pool = raise(s, next++, pool, anyDisputed);
      }
      pool = Math.addExact(pool, figures.pence(index(s.creditKeys[k])));
      pool = pay(s, pool);
    }
    while (next < charges) {
      pool = raise(s, next++, pool, anyDisputed);
    }
    return pool;
  }

  /**
   * Opens charge {@code c} (the {@code c}th raised) in its place in oldest-due-first order: due
   * date, then date raised, then the order raised, which for charges due and raised on the same
   * days is {@link OpenCharge#OLDEST_DUE_FIRST}'s. Waiting credit then pays it.
   */
  private static long raise(Scratch s, int c, long pool, boolean anyDisputed) {
    long chargeKey = s.chargeKeys[c];
    if (anyDisputed && s.disputed[index(chargeKey)]) {
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

  private static int index(long key) {
    return (int) (key & 0xFFFF);
  }

  /** Arrays reused from call to call on one thread, grown to the longest ledger seen. */
  private static final class Scratch {
    boolean inUse;
    long[] chargeKeys = new long[0];
    long[] creditKeys = new long[0];
    boolean[] disputed = new boolean[0];
    boolean[] reversed = new boolean[0];
    long[] outstanding = new long[0];
    long[] openKeys = new long[0];
    int[] chargeToTell = new int[0];
    @Nullable PostedEntry[] postedToTell = new PostedEntry[0];
    @Nullable DebitEntry[] debitToTell = new DebitEntry[0];
    int charges;
    int credits;
    boolean chargesSorted;
    boolean creditsSorted;
    int openFrom;
    int openTo;

    void ensure(int size) {
      if (outstanding.length < size) {
        int length = Math.max(size, 64);
        chargeKeys = new long[length];
        creditKeys = new long[length];
        disputed = new boolean[length];
        reversed = new boolean[length];
        outstanding = new long[length];
        openKeys = new long[length];
        chargeToTell = new int[length];
        postedToTell = new PostedEntry[length];
        debitToTell = new DebitEntry[length];
      }
      charges = 0;
      credits = 0;
      // Posting order is nearly always date order, so the keys mostly arrive sorted already.
      chargesSorted = true;
      creditsSorted = true;
      openFrom = 0;
      openTo = 0;
    }

    /** Takes in the debit at {@code i}, raised on day {@code day} and due on {@code due}. */
    void charge(int i, int day, int due) {
      long chargeKey = (long) day << 39 | (long) due << 16 | i;
      chargesSorted &= charges == 0 || chargeKeys[charges - 1] < chargeKey;
      chargeKeys[charges++] = chargeKey;
    }

    /** Takes in the credit at {@code i}, dated day {@code day}. */
    void credit(int i, int day) {
      long creditKey = (long) day << 16 | i;
      creditsSorted &= credits == 0 || creditKeys[credits - 1] < creditKey;
      creditKeys[credits++] = creditKey;
    }
  }
}
