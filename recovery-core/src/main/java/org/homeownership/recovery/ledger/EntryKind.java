package org.homeownership.recovery.ledger;

/** The kinds of ledger entry. */
public enum EntryKind {
  /** A demand for a sum due under the lease or the debt: see {@link Charge}. */
  CHARGE,
  /** A correction that increases what is owed: see {@link Adjustment}. */
  ADJUSTMENT,
  /** Money paid back to the debtor: see {@link Refund}. */
  REFUND,
  /** Money received: see {@link Payment}. */
  PAYMENT,
  /** A reduction of what is owed without money received: see {@link Credit}. */
  CREDIT,
  /** A debt the council has decided not to pursue: see {@link WriteOff}. */
  WRITE_OFF,
  /** The undoing of an earlier entry: see {@link Reversal}. */
  REVERSAL
}
