package org.homeownership.recovery.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.ScheduledInstalment;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: a portfolio as flat arrays of {@code long} pence and {@code int} epoch days, and a
 * hand-written sweep over them that does the same oldest-due-first allocation and ageing as {@link
 * PortfolioSweep} with no domain types. It is the practical limit a domain implementation can be
 * compared with.
 *
 * <p>Same rules as {@code PaymentAllocator} with {@code oldestDueFirst()}: entries after the as-of
 * date, reversals and the entries they reverse are left out; charges are raised in date order
 * before the credits of the same day; each credit pays the open charges earliest due first, and
 * what is left waits for the next charges raised. Ties the domain breaks by charge type, demand
 * reference or amount are broken here by posting order; {@link PortfolioGenerator} generates no
 * such ties, and {@code BaselineAgreesWithDomainTest} checks the two agree penny for penny.
 */
public final class PencePortfolio {

  static final byte DEBIT = 0;
  static final byte CREDIT = 1;
  static final byte REVERSAL = 2;

  private final int accounts;
  private final int[] start;
  private final byte[] kind;
  private final int[] date;
  private final int[] due;
  private final long[] pence;
  private final byte[] type;
  private final int[] reverses;
  private final Arrangements arrangements;

  private PencePortfolio(
      int accounts,
      int[] start,
      byte[] kind,
      int[] date,
      int[] due,
      long[] pence,
      byte[] type,
      int[] reverses,
      Arrangements arrangements) {
    this.accounts = accounts;
    this.start = start;
    this.kind = kind;
    this.date = date;
    this.due = due;
    this.pence = pence;
    this.type = type;
    this.reverses = reverses;
    this.arrangements = arrangements;
  }

  /**
   * The live arrangements as flat arrays: for each account the index of its arrangement or -1; for
   * each arrangement the day made, the starting balance in pence, and its instalments' due days and
   * amounts from {@code scheduleStart[k]} to {@code scheduleStart[k + 1]}.
   */
  private record Arrangements(
      int[] of, int[] madeOn, long[] starting, int[] scheduleStart, int[] dueOn, long[] amount) {

    static Arrangements none(int accounts) {
      int[] of = new int[accounts];
      Arrays.fill(of, -1);
      return new Arrangements(of, new int[0], new long[0], new int[] {0}, new int[0], new long[0]);
    }

    static Arrangements of(List<Ledger> ledgers, Map<AccountId, ArrangementRecord> records) {
      int[] of = new int[ledgers.size()];
      Arrays.fill(of, -1);
      List<ArrangementRecord> kept = new ArrayList<>();
      for (int a = 0; a < ledgers.size(); a++) {
        ArrangementRecord record = records.get(ledgers.get(a).account());
        if (record != null) {
          of[a] = kept.size();
          kept.add(record);
        }
      }
      int[] madeOn = new int[kept.size()];
      long[] starting = new long[kept.size()];
      int[] scheduleStart = new int[kept.size() + 1];
      List<ScheduledInstalment> instalments = new ArrayList<>();
      for (int k = 0; k < kept.size(); k++) {
        Arrangement arrangement = kept.get(k).arrangement();
        madeOn[k] = (int) arrangement.madeOn().toEpochDay();
        starting[k] = arrangement.startingBalance().pence();
        scheduleStart[k] = instalments.size();
        instalments.addAll(arrangement.schedule().instalments());
      }
      scheduleStart[kept.size()] = instalments.size();
      int[] dueOn = new int[instalments.size()];
      long[] amount = new long[instalments.size()];
      for (int j = 0; j < instalments.size(); j++) {
        dueOn[j] = (int) instalments.get(j).dueOn().toEpochDay();
        amount[j] = instalments.get(j).amount().pence();
      }
      return new Arrangements(of, madeOn, starting, scheduleStart, dueOn, amount);
    }
  }

  /** The same portfolio as flat arrays, entries in posting order, without arrangements. */
  public static PencePortfolio of(List<Ledger> ledgers) {
    return of(ledgers, Map.of());
  }

  /**
   * The same portfolio as flat arrays, entries in posting order, with the live arrangements in
   * {@code arrangements} (each with its instalments' due days and amounts) for {@link
   * #sweepMonitoring}.
   */
  public static PencePortfolio of(
      List<Ledger> ledgers, Map<AccountId, ArrangementRecord> arrangements) {
    int total = ledgers.stream().mapToInt(l -> l.entries().size()).sum();
    int[] start = new int[ledgers.size() + 1];
    byte[] kind = new byte[total];
    int[] date = new int[total];
    int[] due = new int[total];
    long[] pence = new long[total];
    byte[] type = new byte[total];
    int[] reverses = new int[total];
    Arrays.fill(reverses, -1);
    int i = 0;
    for (int a = 0; a < ledgers.size(); a++) {
      start[a] = i;
      List<PostedEntry> entries = ledgers.get(a).entries();
      for (PostedEntry posted : entries) {
        LedgerEntry entry = posted.entry();
        date[i] = (int) entry.date().toEpochDay();
        pence[i] = entry.amount().pence();
        if (entry instanceof Reversal reversal) {
          kind[i] = REVERSAL;
          for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k).id().equals(reversal.reverses())) {
              reverses[i] = start[a] + k;
            }
          }
        } else if (entry.direction() == Direction.DEBIT) {
          kind[i] = DEBIT;
          DebitEntry debit = (DebitEntry) entry;
          due[i] = (int) debit.dueDate().toEpochDay();
          type[i] = (byte) debit.chargeType().ordinal();
        } else {
          kind[i] = CREDIT;
        }
        i++;
      }
    }
    start[ledgers.size()] = i;
    return new PencePortfolio(
        ledgers.size(),
        start,
        kind,
        date,
        due,
        pence,
        type,
        reverses,
        arrangements.isEmpty()
            ? Arrangements.none(ledgers.size())
            : Arrangements.of(ledgers, arrangements));
  }

  /** The number of accounts. */
  public int accounts() {
    return accounts;
  }

  /** The number of entries. */
  public int entries() {
    return start[accounts];
  }

  /**
   * Sweeps the portfolio as of {@code asOf} into {@code bands}.
   *
   * @return the portfolio totals: for each charge type (by ordinal) and band the outstanding pence
   *     at {@code [type * bands + band]}, then unallocated credit, accounts and accounts in arrears
   */
  public long[] sweep(LocalDate asOf, AgeingBands bands) {
    return sweep(asOf, bands, -1, null);
  }

  /** The number of accounts with a live arrangement. */
  public int arrangements() {
    return arrangements.madeOn().length;
  }

  /**
   * {@link #sweep}, and for each account with a live arrangement the expected-balance check of
   * {@code ArrangementMonitor} with {@code toleranceDays} over the same pence: the covered balance
   * against the starting balance plus debits raised since the arrangement was made (less reversals
   * of such debits) less every instalment due by the as-of date less the tolerance. Each review's
   * outcome is counted into {@code states} by {@code ArrangementState} ordinal: completed if the
   * balance is zero or in credit, breached if it is above the expected balance, live otherwise.
   */
  public long[] sweepMonitoring(
      LocalDate asOf, AgeingBands bands, int toleranceDays, long[] states) {
    return sweep(asOf, bands, toleranceDays, states);
  }

  private long[] sweep(
      LocalDate asOf, AgeingBands bands, int toleranceDays, long @Nullable [] states) {
    int asOfDay = (int) asOf.toEpochDay();
    int bandCount = bands.size();
    int[] limits = new int[bandCount - 2];
    for (int b = 1; b < bandCount - 1; b++) {
      limits[b - 1] = bands.bands().get(b).toDays().orElseThrow();
    }
    int types = ChargeType.values().length;
    long[] totals = new long[types * bandCount + 3];
    int longest = 0;
    for (int a = 0; a < accounts; a++) {
      longest = Math.max(longest, start[a + 1] - start[a]);
    }
    Scratch scratch = new Scratch(longest);
    for (int a = 0; a < accounts; a++) {
      sweepAccount(start[a], start[a + 1], asOfDay, limits, bandCount, totals, scratch);
      if (states != null && arrangements.of()[a] >= 0) {
        states[monitor(arrangements.of()[a], start[a], start[a + 1], asOfDay, toleranceDays)]++;
      }
    }
    totals[types * bandCount + 1] = accounts;
    return totals;
  }

  /** Work arrays reused from account to account. */
  private static final class Scratch {
    final boolean[] reversed;
    final long[] chargeKeys;
    final long[] creditKeys;
    final long[] outstanding;
    final long[] remaining;
    final int[] open;
    final int[] waiting;

    Scratch(int size) {
      reversed = new boolean[size];
      chargeKeys = new long[size];
      creditKeys = new long[size];
      outstanding = new long[size];
      remaining = new long[size];
      open = new int[size];
      waiting = new int[size];
    }
  }

  private void sweepAccount(
      int from, int to, int asOfDay, int[] limits, int bandCount, long[] totals, Scratch s) {
    Arrays.fill(s.reversed, 0, to - from, false);
    for (int i = from; i < to; i++) {
      if (kind[i] == REVERSAL && date[i] <= asOfDay) {
        s.reversed[reverses[i] - from] = true;
      }
    }
    // Sort keys: date, then due date (charges) or posting order (credits), then index.
    int charges = 0;
    int credits = 0;
    for (int i = from; i < to; i++) {
      if (date[i] > asOfDay || kind[i] == REVERSAL || s.reversed[i - from]) {
        continue;
      }
      long local = i - from;
      if (kind[i] == DEBIT) {
        s.chargeKeys[charges++] = ((long) date[i] << 40) | ((long) due[i] << 16) | local;
      } else {
        s.creditKeys[credits++] = ((long) date[i] << 40) | local;
      }
    }
    Arrays.sort(s.chargeKeys, 0, charges);
    Arrays.sort(s.creditKeys, 0, credits);
    for (int c = 0; c < charges; c++) {
      int i = from + (int) (s.chargeKeys[c] & 0xFFFF);
      s.outstanding[c] = pence[i];
    }
    for (int c = 0; c < credits; c++) {
      s.remaining[c] = pence[from + (int) (s.creditKeys[c] & 0xFFFF)];
    }

    int open = 0;
    int waitingFrom = 0;
    int waitingTo = 0;
    int nextCharge = 0;
    for (int c = 0; c < credits; c++) {
      int creditDay = (int) (s.creditKeys[c] >>> 40);
      while (nextCharge < charges && (int) (s.chargeKeys[nextCharge] >>> 40) <= creditDay) {
        open = raise(nextCharge++, open, s);
        while (waitingFrom < waitingTo && open > 0) {
          int w = s.waiting[waitingFrom];
          open = pay(w, open, s);
          if (s.remaining[w] == 0) {
            waitingFrom++;
          } else {
            break;
          }
        }
      }
      open = pay(c, open, s);
      if (s.remaining[c] > 0) {
        s.waiting[waitingTo++] = c;
      }
    }
    while (nextCharge < charges) {
      open = raise(nextCharge++, open, s);
      while (waitingFrom < waitingTo && open > 0) {
        int w = s.waiting[waitingFrom];
        open = pay(w, open, s);
        if (s.remaining[w] == 0) {
          waitingFrom++;
        } else {
          break;
        }
      }
    }

    int typeStride = bandCount;
    long overdue = 0;
    for (int c = 0; c < charges; c++) {
      long left = s.outstanding[c];
      if (left == 0) {
        continue;
      }
      int i = from + (int) (s.chargeKeys[c] & 0xFFFF);
      int days = asOfDay - due[i];
      int band = band(days, limits);
      int slot = type[i] * typeStride + band;
      totals[slot] = Math.addExact(totals[slot], left);
      if (band > 0) {
        overdue += left;
      }
    }
    long unallocated = 0;
    for (int w = waitingFrom; w < waitingTo; w++) {
      unallocated += s.remaining[s.waiting[w]];
    }
    int tail = totals.length - 3;
    totals[tail] = Math.addExact(totals[tail], unallocated);
    if (overdue > 0) {
      totals[tail + 2]++;
    }
  }

  private static final int LIVE = ArrangementState.LIVE.ordinal();
  private static final int BREACHED = ArrangementState.BREACHED.ordinal();
  private static final int COMPLETED = ArrangementState.COMPLETED.ordinal();

  /** The expected-balance review of arrangement {@code k}; returns the state it leaves it in. */
  private int monitor(int k, int from, int to, int asOfDay, int toleranceDays) {
    int madeOn = arrangements.madeOn()[k];
    long actual = 0;
    long charges = 0;
    for (int i = from; i < to; i++) {
      if (date[i] > asOfDay) {
        continue;
      }
      long p = pence[i];
      if (kind[i] == DEBIT) {
        actual += p;
        if (date[i] >= madeOn) {
          charges += p;
        }
      } else if (kind[i] == CREDIT) {
        actual -= p;
      } else if (kind[reverses[i]] == DEBIT) {
        actual -= p;
        if (date[i] >= madeOn && date[reverses[i]] >= madeOn) {
          charges -= p;
        }
      } else {
        actual += p;
      }
    }
    long due = 0;
    int dueBy = asOfDay - toleranceDays;
    for (int j = arrangements.scheduleStart()[k]; j < arrangements.scheduleStart()[k + 1]; j++) {
      if (arrangements.dueOn()[j] <= dueBy) {
        due += arrangements.amount()[j];
      }
    }
    long expected = arrangements.starting()[k] + charges - due;
    if (actual <= 0) {
      return COMPLETED;
    }
    return actual > expected ? BREACHED : LIVE;
  }

  private static int band(int days, int[] limits) {
    if (days <= 0) {
      return 0;
    }
    for (int b = 0; b < limits.length; b++) {
      if (days <= limits[b]) {
        return b + 1;
      }
    }
    return limits.length + 1;
  }

  /** Adds charge {@code c} to the open list, kept in order of due date, then date, then index. */
  private static int raise(int c, int open, Scratch s) {
    int at = open;
    long key = dueKey(s.chargeKeys[c]);
    while (at > 0 && dueKey(s.chargeKeys[s.open[at - 1]]) > key) {
      s.open[at] = s.open[at - 1];
      at--;
    }
    s.open[at] = c;
    return open + 1;
  }

  private static long dueKey(long chargeKey) {
    long dateRaised = chargeKey >>> 40;
    long dueDay = (chargeKey >>> 16) & 0xFF_FFFFL;
    return (dueDay << 40) | (dateRaised << 16) | (chargeKey & 0xFFFF);
  }

  /** Pays open charges from credit {@code c}, earliest due first; returns how many stay open. */
  private static int pay(int c, int open, Scratch s) {
    int paidOff = 0;
    while (paidOff < open && s.remaining[c] > 0) {
      int charge = s.open[paidOff];
      long amount = Math.min(s.outstanding[charge], s.remaining[c]);
      s.outstanding[charge] -= amount;
      s.remaining[c] -= amount;
      if (s.outstanding[charge] == 0) {
        paidOff++;
      }
    }
    if (paidOff > 0) {
      System.arraycopy(s.open, paidOff, s.open, 0, open - paidOff);
    }
    return open - paidOff;
  }
}
