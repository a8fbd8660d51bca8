package org.homeownership.recovery.billing;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a billing run, such as {@code SC-EST-2025-26}.
 *
 * @param value the reference; not blank
 */
public record BillingRunId(String value) {

  /** Checks the reference is not blank. */
  public BillingRunId {
    checkArgument(!value.isBlank(), "billing run id is blank");
  }

  /** Returns the billing run id with the given reference. */
  public static BillingRunId of(String value) {
    return new BillingRunId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
