package org.homeownership.recovery.ledger;

import java.util.List;

/**
 * A ledger's entries in a packed form, for code that reads every entry of many ledgers (allocation
 * and ageing in the nightly sweep): day numbers, amounts in pence and kinds in primitive arrays,
 * and for each reversal the position of the entry it names. Reading these instead of the entry
 * objects spares a sweep the scattered reads of each {@link PostedEntry}, its entry and the entry's
 * dates and amount.
 *
 * <p>Positions are the entries' indexes in {@link Ledger#entries()}. {@link Ledger#packed()} builds
 * it once per ledger, when first asked. Immutable: every array is private and never handed out.
 *
 * <p>Memory, per entry: three {@code long}s (date, due date, pence), three {@code byte}s (shape,
 * kind, charge type) and two references (the entry and its id, 4 bytes each with compressed
 * references): 35 bytes; plus an {@code int} per entry for ledgers that hold a reversal.
 */
public final class PackedEntries {

  /** The shape of a {@link DebitEntry}: a charge, adjustment or refund. */
  public static final byte DEBIT = 0;

  /** The shape of a {@link CreditEntry}: a payment, credit or write-off. */
  public static final byte CREDIT = 1;

  /** The shape of a {@link Reversal}. */
  public static final byte REVERSAL = 2;

  /** The shape of an entry that is none of the above (a {@link LedgerEntry} of another kind). */
  public static final byte OTHER = 3;

  private static final ChargeType[] CHARGE_TYPES = ChargeType.values();
  private static final EntryKind[] KINDS = EntryKind.values();

  private final EntryId[] ids;
  private final LedgerEntry[] entries;
  private final long[] day;
  private final long[] dueDay;
  private final long[] pence;
  private final byte[] shape;
  private final byte[] kind;
  private final byte[] chargeType;
  private final int[] reverses;

  private PackedEntries(
      EntryId[] ids,
      LedgerEntry[] entries,
      long[] day,
      long[] dueDay,
      long[] pence,
      byte[] shape,
      byte[] kind,
      byte[] chargeType,
      int[] reverses) {
    this.ids = ids;
    this.entries = entries;
    this.day = day;
    this.dueDay = dueDay;
    this.pence = pence;
    this.shape = shape;
    this.kind = kind;
    this.chargeType = chargeType;
    this.reverses = reverses;
  }

  /** Packs {@code posted}, whose ids rise in the order given. */
  static PackedEntries of(List<PostedEntry> posted) {
    int n = posted.size();
    EntryId[] ids = new EntryId[n];
    LedgerEntry[] entries = new LedgerEntry[n];
    long[] day = new long[n];
    long[] dueDay = new long[n];
    long[] pence = new long[n];
    byte[] shape = new byte[n];
    byte[] kind = new byte[n];
    byte[] chargeType = new byte[n];
    boolean anyReversal = false;
    for (int i = 0; i < n; i++) {
      PostedEntry p = posted.get(i);
      LedgerEntry entry = p.entry();
      ids[i] = p.id();
      entries[i] = entry;
      day[i] = entry.date().toEpochDay();
      pence[i] = entry.amount().pence();
      kind[i] = (byte) entry.kind().ordinal();
      if (entry instanceof DebitEntry debit) {
        shape[i] = DEBIT;
        dueDay[i] = debit.dueDate().toEpochDay();
        chargeType[i] = (byte) debit.chargeType().ordinal();
      } else if (entry instanceof CreditEntry) {
        shape[i] = CREDIT;
      } else if (entry instanceof Reversal) {
        shape[i] = REVERSAL;
        anyReversal = true;
      } else {
        shape[i] = OTHER;
      }
    }
    int[] reverses = new int[0];
    if (anyReversal) {
      reverses = new int[n];
      for (int i = 0; i < n; i++) {
        reverses[i] = entries[i] instanceof Reversal r ? indexOf(ids, r.reverses()) : -1;
      }
    }
    return new PackedEntries(ids, entries, day, dueDay, pence, shape, kind, chargeType, reverses);
  }

  /** The position of {@code id} in {@code ids}, which rise; -1 if it is not there. */
  private static int indexOf(EntryId[] ids, EntryId id) {
    int low = 0;
    int high = ids.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = ids[mid].compareTo(id);
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

  /** The number of entries. */
  public int size() {
    return ids.length;
  }

  /** The id of the entry at {@code i}. */
  public EntryId id(int i) {
    return ids[i];
  }

  /** The entry at {@code i}. */
  public LedgerEntry entry(int i) {
    return entries[i];
  }

  /** The entry's {@link LedgerEntry#date()} as an epoch day number. */
  public long day(int i) {
    return day[i];
  }

  /** A debit's {@link DebitEntry#dueDate()} as an epoch day number; 0 for any other shape. */
  public long dueDay(int i) {
    return dueDay[i];
  }

  /** The entry's {@link LedgerEntry#amount()} in pence, always above zero. */
  public long pence(int i) {
    return pence[i];
  }

  /** The entry's shape: {@link #DEBIT}, {@link #CREDIT}, {@link #REVERSAL} or {@link #OTHER}. */
  public byte shape(int i) {
    return shape[i];
  }

  /** The entry's {@link LedgerEntry#kind()}. */
  public EntryKind kind(int i) {
    return KINDS[kind[i]];
  }

  /** The ordinal of the entry's {@link LedgerEntry#kind()}. */
  public int kindOrdinal(int i) {
    return kind[i];
  }

  /** A debit's {@link DebitEntry#chargeType()}; the first type for any other shape. */
  public ChargeType chargeType(int i) {
    return CHARGE_TYPES[chargeType[i]];
  }

  /** The ordinal of a debit's {@link DebitEntry#chargeType()}; 0 for any other shape. */
  public int chargeTypeOrdinal(int i) {
    return chargeType[i];
  }

  /** True if any entry is a {@link Reversal}. */
  public boolean hasReversals() {
    return reverses.length > 0;
  }

  /**
   * For a reversal, the position of the entry it names; -1 if that entry is not on the ledger, or
   * the entry at {@code i} is not a reversal.
   */
  public int reverses(int i) {
    return reverses.length == 0 ? -1 : reverses[i];
  }
}
