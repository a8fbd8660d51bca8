package org.homeownership.recovery.property;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a dwelling (a flat, maisonette or house), such as its property
 * reference in the housing system.
 *
 * @param value the reference; not blank
 */
public record DwellingId(String value) implements Comparable<DwellingId> {

  /** Checks the reference is not blank. */
  public DwellingId {
    checkArgument(!value.isBlank(), "dwelling id is blank");
  }

  /** Returns the dwelling id with the given reference. */
  public static DwellingId of(String value) {
    return new DwellingId(value);
  }

  @Override
  public int compareTo(DwellingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
