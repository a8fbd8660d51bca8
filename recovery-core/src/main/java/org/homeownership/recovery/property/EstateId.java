package org.homeownership.recovery.property;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for an estate: the pool over which estate costs are shared.
 *
 * @param value the reference; not blank
 */
public record EstateId(String value) implements Comparable<EstateId> {

  /** Checks the reference is not blank. */
  public EstateId {
    checkArgument(!value.isBlank(), "estate id is blank");
  }

  /** Returns the estate id with the given reference. */
  public static EstateId of(String value) {
    return new EstateId(value);
  }

  @Override
  public int compareTo(EstateId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
