package org.homeownership.recovery.ledger;

/**
 * The identity the ledger store gave an entry when it was posted. Ids rise in posting order.
 *
 * @param value the id; above zero
 */
public record EntryId(long value) implements Comparable<EntryId> {

  /** Checks the id is above zero. */
  public EntryId {
    if (value <= 0) {
      throw new IllegalArgumentException("entry id must be above zero, not " + value);
    }
  }

  /** Returns the entry id with the given value. */
  public static EntryId of(long value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
