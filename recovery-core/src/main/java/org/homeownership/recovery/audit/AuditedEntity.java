package org.homeownership.recovery.audit;

/** The kinds of record whose changes the {@link AuditLog} keeps. */
public enum AuditedEntity {
  /** A billing run, by its run id. */
  BILLING_RUN,
  /** A recovery case (its stage history and holds), by account id. */
  RECOVERY_CASE,
  /** A payment arrangement, by arrangement id. */
  ARRANGEMENT,
  /** An account's contact log, by account id: each entry appended and each reply recorded. */
  CONTACT_LOG,
  /** The notices issued to an account, by account id: each notice kept. */
  ISSUED_NOTICE,
  /** A write-off record (proposal, steps and state), by write-off reference. */
  WRITE_OFF,
  /** An account's court and tribunal cases, by account id: each save of the whole. */
  COURT_CASES,
  /** The service charge demands served on an account, by account id: each demand recorded. */
  SERVICE_CHARGE_DEMAND
}
