package org.homeownership.recovery.writeoff;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a write-off, such as {@code WO-2025-0007}. It is the external
 * reference of the ledger entry the write-off posts, so that posting it twice stores it once and
 * the entry can be found again to reinstate it.
 *
 * @param value the reference; not blank
 */
public record WriteOffReference(String value) implements Comparable<WriteOffReference> {

  /** Checks the reference is not blank. */
  public WriteOffReference {
    checkArgument(!value.isBlank(), "write-off reference is blank");
  }

  /** Returns the write-off reference with the given value. */
  public static WriteOffReference of(String value) {
    return new WriteOffReference(value);
  }

  @Override
  public int compareTo(WriteOffReference other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
