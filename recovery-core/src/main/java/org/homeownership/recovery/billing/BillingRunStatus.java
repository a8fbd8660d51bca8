package org.homeownership.recovery.billing;

/** Where a stored billing run stands: prepared, then approved, then posted to the ledgers. */
public enum BillingRunStatus {
  /** Worked out and kept, not yet approved; nothing is on the ledgers. */
  PREPARED,
  /** Approved for posting; nothing is on the ledgers yet. */
  APPROVED,
  /** Posted to the ledgers, all of it at once. */
  POSTED
}
