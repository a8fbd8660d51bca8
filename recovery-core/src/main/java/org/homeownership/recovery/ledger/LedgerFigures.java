package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's entries reduced to the figures that replaying its allocation needs, in flat arrays in
 * posting order: what each entry does to the account (a debit, a credit, a reversal), its date and
 * due date as day keys, its amount in pence, whether a credit names a demand, and for a reversal
 * the position of the entry it reverses. Immutable; made once per {@link Ledger} by {@link
 * Ledger#figures()} and kept with it.
 *
 * <p>Why: reading a ledger's entry objects (each a {@link PostedEntry}, its entry, two {@link
 * LocalDate}s and a {@code Money}, about 200 bytes an entry spread over the heap) costs more than
 * the allocation itself. These figures take 17 bytes an entry (21 in a ledger with a reversal),
 * read in order, so a nightly sweep that ages every account reads the entry objects only for the
 * charges left outstanding.
 *
 * <p>Day keys are {@code year << 9 | month << 5 | day}: they order as the dates do, and take no
 * day-number arithmetic to make. A date in a year outside 0 to {@value #LAST_KEYED_YEAR} has no key
 * ({@link #NO_DAY}); {@link #allDaysKeyed()} says whether any entry has such a date.
 */
public final class LedgerFigures {

  /** What an entry does to the account, as allocation sees it. */
  public enum Role {
    /** A debit ({@link DebitEntry}): a charge, adjustment or refund, which credits pay. */
    DEBIT,
    /** A credit ({@link CreditEntry}): a payment, credit or write-off, which pays debits. */
    CREDIT,
    /** A {@link Reversal}, which takes itself and the entry it names out of allocation. */
    REVERSAL,
    /** An entry of none of these kinds, which allocation cannot take. */
    UNKNOWN
  }

  /** The day key of a date that has none: a year outside 0 to {@value #LAST_KEYED_YEAR}. */
  public static final int NO_DAY = -1;

  /** The last year a day key can be made for. */
  public static final int LAST_KEYED_YEAR = (1 << 14) - 1;

  /** The position {@link #reversedPosition} gives when the reversed entry is not on the ledger. */
  public static final int NOT_ON_LEDGER = -1;

  private static final byte DEBIT = 0;
  private static final byte CREDIT = 1;
  private static final byte CREDIT_NAMING_DEMAND = 2;
  private static final byte REVERSAL = 3;
  private static final byte UNKNOWN = 4;

  /** The role of each code above. */
  private static final Role[] ROLE_OF_CODE = {
    Role.DEBIT, Role.CREDIT, Role.CREDIT, Role.REVERSAL, Role.UNKNOWN
  };

  /** Per entry, its role's code: {@link #DEBIT}, {@link #CREDIT}, and so on. */
  private final byte[] roles;

  private final int[] days;
  private final int[] dueDays;
  private final long[] pence;

  /** Per entry, for a reversal the position of the entry it reverses; null if there is none. */
  private final int @Nullable [] reversedPositions;

  private final boolean allDaysKeyed;
  private final boolean anyUnknown;

  private LedgerFigures(
      byte[] roles,
      int[] days,
      int[] dueDays,
      long[] pence,
      int @Nullable [] reversedPositions,
      boolean allDaysKeyed,
      boolean anyUnknown) {
    this.roles = roles;
    this.days = days;
    this.dueDays = dueDays;
    this.pence = pence;
    this.reversedPositions = reversedPositions;
    this.allDaysKeyed = allDaysKeyed;
    this.anyUnknown = anyUnknown;
  }

  /**
   * The figures of {@code entries}, whose ids rise in posting order (as every {@link Ledger}'s do,
   * which lets a reversal's target be found by binary search).
   */
  static LedgerFigures of(List<PostedEntry> entries) {
    int size = entries.size();
    byte[] roles = new byte[size];
    int[] days = new int[size];
    int[] dueDays = new int[size];
    long[] pence = new long[size];
    int @Nullable [] reversedPositions = null;
    boolean allDaysKeyed = true;
    boolean anyUnknown = false;
    for (int i = 0; i < size; i++) {
      LedgerEntry entry = entries.get(i).entry();
      int day;
      // Charges and payments, nearly every entry, are tested for by their classes first: a class
      // test and calls the compiler can bind, where the entry interfaces need a search and a
      // dispatch through the interface tables.
      if (entry instanceof Charge charge) {
        roles[i] = DEBIT;
        day = dayKey(charge.dateRaised());
        dueDays[i] = dayKey(charge.dueDate());
        allDaysKeyed &= dueDays[i] != NO_DAY;
        pence[i] = charge.amount().pence();
      } else if (entry instanceof Payment payment) {
        roles[i] = payment.allocateTo().isPresent() ? CREDIT_NAMING_DEMAND : CREDIT;
        day = dayKey(payment.dateReceived());
        pence[i] = payment.amount().pence();
      } else if (entry instanceof DebitEntry debit) {
        roles[i] = DEBIT;
        day = dayKey(debit.date());
        dueDays[i] = dayKey(debit.dueDate());
        allDaysKeyed &= dueDays[i] != NO_DAY;
        pence[i] = debit.amount().pence();
      } else if (entry instanceof CreditEntry credit) {
        roles[i] = credit.allocateTo().isPresent() ? CREDIT_NAMING_DEMAND : CREDIT;
        day = dayKey(credit.date());
        pence[i] = credit.amount().pence();
      } else if (entry instanceof Reversal reversal) {
        roles[i] = REVERSAL;
        day = dayKey(reversal.date());
        pence[i] = reversal.amount().pence();
        if (reversedPositions == null) {
          reversedPositions = new int[size];
        }
        reversedPositions[i] = Ledger.positionOf(entries, reversal.reverses());
      } else {
        roles[i] = UNKNOWN;
        anyUnknown = true;
        day = dayKey(entry.date());
        pence[i] = entry.amount().pence();
      }
      days[i] = day;
      allDaysKeyed &= day != NO_DAY;
    }
    return new LedgerFigures(
        roles, days, dueDays, pence, reversedPositions, allDaysKeyed, anyUnknown);
  }

  /**
   * The day key of {@code date}: {@code year << 9 | month << 5 | day}, which orders as the dates
   * do; {@link #NO_DAY} for a year outside 0 to {@value #LAST_KEYED_YEAR}.
   */
  public static int dayKey(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > LAST_KEYED_YEAR) {
      return NO_DAY;
    }
    return year << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
  }

  /** How many entries the ledger has. */
  public int size() {
    return roles.length;
  }

  /** What the entry at {@code position} (in posting order) does to the account. */
  public Role role(int position) {
    return ROLE_OF_CODE[roles[position]];
  }

  /** Whether the entry at {@code position} is a credit that names a demand to pay first. */
  public boolean namesDemand(int position) {
    return roles[position] == CREDIT_NAMING_DEMAND;
  }

  /** The day key of the entry's date (the day a charge was raised, a payment received). */
  public int day(int position) {
    return days[position];
  }

  /** The day key of a debit's due date; 0 for any other entry. */
  public int dueDay(int position) {
    return dueDays[position];
  }

  /** The entry's amount in pence, always above zero. */
  public long pence(int position) {
    return pence[position];
  }

  /** Whether any entry is a {@link Reversal}. */
  public boolean anyReversal() {
    return reversedPositions != null;
  }

  /**
   * For a reversal, the position of the entry it reverses, or {@link #NOT_ON_LEDGER} if no entry of
   * this ledger has the id it names; {@link #NOT_ON_LEDGER} for any other entry.
   */
  public int reversedPosition(int position) {
    int[] reversed = reversedPositions;
    return reversed != null && roles[position] == REVERSAL ? reversed[position] : NOT_ON_LEDGER;
  }

  /** Whether every date and due date has a day key (none is {@link #NO_DAY}). */
  public boolean allDaysKeyed() {
    return allDaysKeyed;
  }

  /** Whether any entry's role is {@link Role#UNKNOWN}. */
  public boolean anyUnknown() {
    return anyUnknown;
  }

  @Override
  public String toString() {
    return "LedgerFigures{entries=" + size() + "}";
  }
}
