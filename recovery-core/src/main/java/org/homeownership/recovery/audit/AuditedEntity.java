package org.homeownership.recovery.audit;

/** The kinds of record whose changes the {@link AuditLog} keeps. */
public enum AuditedEntity {
  /** A billing run, by its run id. */
  BILLING_RUN,
  /** A recovery case (its stage history and holds), by account id. */
  RECOVERY_CASE,
  /** A payment arrangement, by arrangement id. */
  ARRANGEMENT
}
