package org.homeownership.recovery.officer;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's staff reference for an officer, such as {@code HO-0042}. It names who made, checked
 * or approved a decision; it is a reference, not the officer's name.
 *
 * @param value the reference; not blank
 */
public record OfficerId(String value) implements Comparable<OfficerId> {

  /** Checks the reference is not blank. */
  public OfficerId {
    checkArgument(!value.isBlank(), "officer id is blank");
  }

  /** Returns the officer id with the given reference. */
  public static OfficerId of(String value) {
    return new OfficerId(value);
  }

  @Override
  public int compareTo(OfficerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
