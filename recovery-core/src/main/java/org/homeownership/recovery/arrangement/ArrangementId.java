package org.homeownership.recovery.arrangement;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a payment arrangement, such as {@code ARR-2025-0042}.
 *
 * @param value the reference; not blank
 */
public record ArrangementId(String value) implements Comparable<ArrangementId> {

  /** Checks the reference is not blank. */
  public ArrangementId {
    checkArgument(!value.isBlank(), "arrangement id is blank");
  }

  /** Returns the arrangement id with the given reference. */
  public static ArrangementId of(String value) {
    return new ArrangementId(value);
  }

  @Override
  public int compareTo(ArrangementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
