package org.homeownership.recovery.heating;

/**
 * Whether a meter reading was read or estimated. A bill must say which: the Heat Network (Metering
 * and Billing) Regulations 2014 reg 9 require bills on actual consumption where possible and allow
 * an estimate where no reading was provided (LAW-AND-PRACTICE.md §9.1).
 */
public enum ReadingKind {
  /** Read from the meter. */
  ACTUAL,
  /** Estimated because no reading was available. */
  ESTIMATED
}
