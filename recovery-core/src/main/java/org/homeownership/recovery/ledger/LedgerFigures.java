package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's entries reduced to the figures that replaying its allocation needs, in flat arrays in
 * posting order: what each entry does to the account (a debit, a credit, a reversal), its date and
 * due date as day keys, its amount in pence, whether a credit names a demand, and for a reversal
 * the position of the entry it reverses. Immutable; made once per {@link Ledger} by {@link
 * Ledger#figures()} and kept with it, and carried on to the ledger {@link Ledger#append} makes.
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

  /**
   * Per entry, in one word: its role's code (bits 56–63), its day key (bits 32–55, all ones for
   * {@link #NO_DAY}) and, in bits 0–31, a debit's charge type (its ordinal, bits 24–31) and due day
   * key (bits 0–23, all ones for {@link #NO_DAY}), or a reversal's reversed position. One word read
   * per entry, from one array, where a replay reads every entry in turn.
   */
  private final long[] dated;

  private final long[] pence;
  private final boolean anyReversal;
  private final boolean allDaysKeyed;
  private final boolean anyUnknown;

  private static final int DAY_BITS = 0xFF_FFFF;

  private static final ChargeType[] CHARGE_TYPES = ChargeType.values();

  private LedgerFigures(
      long[] dated, long[] pence, boolean anyReversal, boolean allDaysKeyed, boolean anyUnknown) {
    this.dated = dated;
    this.pence = pence;
    this.anyReversal = anyReversal;
    this.allDaysKeyed = allDaysKeyed;
    this.anyUnknown = anyUnknown;
  }

  /**
   * The figures of {@code entries}, whose ids rise in posting order (as every {@link Ledger}'s do,
   * which lets a reversal's target be found by binary search).
   */
  static LedgerFigures of(List<PostedEntry> entries) {
    int size = entries.size();
    long[] dated = new long[size];
    long[] pence = new long[size];
    for (int i = 0; i < size; i++) {
      LedgerEntry entry = entries.get(i).entry();
      dated[i] = word(entry, entries);
      pence[i] = entry.amount().pence();
    }
    return of(dated, pence);
  }

  /**
   * These figures with the last of {@code entries} added: {@code entries} are this ledger's entries
   * and one more, posted after them. For {@link Ledger#append}, so that a ledger whose figures were
   * made keeps them as it grows; equal to {@code of(entries)}.
   */
  LedgerFigures appended(List<PostedEntry> entries) {
    int size = dated.length;
    if (entries.size() != size + 1) {
      throw new IllegalArgumentException(
          "figures of " + size + " entries cannot take " + entries.size() + " entries");
    }
    long[] longer = Arrays.copyOf(dated, size + 1);
    long[] morePence = Arrays.copyOf(pence, size + 1);
    LedgerEntry added = entries.get(size).entry();
    longer[size] = word(added, entries);
    morePence[size] = added.amount().pence();
    return of(longer, morePence);
  }

  /** The figures of these words and pence, with what they say of the whole ledger. */
  private static LedgerFigures of(long[] dated, long[] pence) {
    boolean anyReversal = false;
    boolean allDaysKeyed = true;
    boolean anyUnknown = false;
    for (long word : dated) {
      int code = (int) (word >>> 56);
      anyReversal |= code == REVERSAL;
      anyUnknown |= code == UNKNOWN;
      allDaysKeyed &=
          ((int) (word >>> 32) & DAY_BITS) != DAY_BITS
              && (code != DEBIT || ((int) word & DAY_BITS) != DAY_BITS);
    }
    return new LedgerFigures(dated, pence, anyReversal, allDaysKeyed, anyUnknown);
  }

  /**
   * The word of {@code entry} (one of {@code entries}, whose ids rise in posting order): its role's
   * code, its day key, and a debit's type and due day key or a reversal's target position.
   */
  private static long word(LedgerEntry entry, List<PostedEntry> entries) {
    int code;
    int day;
    int second = 0;
    // Charges and payments, nearly every entry, are tested for by their classes first: a class
    // test and calls the compiler can bind, where the entry interfaces need a search and a
    // dispatch through the interface tables.
    if (entry instanceof Charge charge) {
      code = DEBIT;
      day = dayKey(charge.dateRaised());
      second = debit(charge.chargeType(), dayKey(charge.dueDate()));
    } else if (entry instanceof Payment payment) {
      code = payment.allocateTo().isPresent() ? CREDIT_NAMING_DEMAND : CREDIT;
      day = dayKey(payment.dateReceived());
    } else if (entry instanceof DebitEntry debit) {
      code = DEBIT;
      day = dayKey(debit.date());
      second = debit(debit.chargeType(), dayKey(debit.dueDate()));
    } else if (entry instanceof CreditEntry credit) {
      code = credit.allocateTo().isPresent() ? CREDIT_NAMING_DEMAND : CREDIT;
      day = dayKey(credit.date());
    } else if (entry instanceof Reversal reversal) {
      code = REVERSAL;
      day = dayKey(reversal.date());
      second = Ledger.positionOf(entries, reversal.reverses());
    } else {
      code = UNKNOWN;
      day = dayKey(entry.date());
    }
    return (long) code << 56 | (long) (day & DAY_BITS) << 32 | (second & 0xFFFF_FFFFL);
  }

  /** A debit's second half-word: its charge type's ordinal above its due day key. */
  private static int debit(ChargeType type, int dueKey) {
    return type.ordinal() << 24 | (dueKey & DAY_BITS);
  }

  /**
   * The day number ({@link LocalDate#toEpochDay()}) of the date with day key {@code key}, worked
   * out from the key alone as {@code LocalDate} does, so a sweep can count days overdue without
   * reading the entry's date.
   *
   * @param key a day key made by {@link #dayKey}, not {@link #NO_DAY}
   */
  public static long epochDay(int key) {
    long year = key >>> 9;
    int month = (key >>> 5) & 0xF;
    int day = key & 0x1F;
    // LocalDate.toEpochDay, for years 0 and later.
    long total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      if (!leap) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /** Days from 0000-01-01 to 1970-01-01, as {@code LocalDate} counts them. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

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
    return dated.length;
  }

  /** What the entry at {@code position} (in posting order) does to the account. */
  public Role role(int position) {
    return ROLE_OF_CODE[(int) (dated[position] >>> 56)];
  }

  /** Whether the entry at {@code position} is a credit that names a demand to pay first. */
  public boolean namesDemand(int position) {
    return (int) (dated[position] >>> 56) == CREDIT_NAMING_DEMAND;
  }

  /** The day key of the entry's date (the day a charge was raised, a payment received). */
  public int day(int position) {
    int day = (int) (dated[position] >>> 32) & DAY_BITS;
    return day == DAY_BITS ? NO_DAY : day;
  }

  /** The day key of a debit's due date ({@link #NO_DAY} if it has none); 0 for any other entry. */
  public int dueDay(int position) {
    long word = dated[position];
    if ((int) (word >>> 56) != DEBIT) {
      return 0;
    }
    int due = (int) word & DAY_BITS;
    return due == DAY_BITS ? NO_DAY : due;
  }

  /** A debit's charge type; {@code null} for any other entry. */
  public @Nullable ChargeType chargeType(int position) {
    long word = dated[position];
    return (int) (word >>> 56) == DEBIT ? CHARGE_TYPES[(int) (word >>> 24) & 0xFF] : null;
  }

  /** The entry's amount in pence, always above zero. */
  public long pence(int position) {
    return pence[position];
  }

  /** Whether any entry is a {@link Reversal}. */
  public boolean anyReversal() {
    return anyReversal;
  }

  /**
   * For a reversal, the position of the entry it reverses, or {@link #NOT_ON_LEDGER} if no entry of
   * this ledger has the id it names; {@link #NOT_ON_LEDGER} for any other entry.
   */
  public int reversedPosition(int position) {
    long word = dated[position];
    return (int) (word >>> 56) == REVERSAL ? (int) word : NOT_ON_LEDGER;
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
