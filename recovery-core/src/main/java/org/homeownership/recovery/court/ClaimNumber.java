package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

/**
 * The number the court gave a claim when it issued it.
 *
 * @param value the claim number as printed on the claim form; not blank
 */
public record ClaimNumber(String value) {

  /** Checks the number is not blank. */
  public ClaimNumber {
    requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("claim number is blank");
    }
  }

  /** The claim number {@code value}. */
  public static ClaimNumber of(String value) {
    return new ClaimNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
