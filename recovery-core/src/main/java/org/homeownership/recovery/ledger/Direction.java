package org.homeownership.recovery.ledger;

/** Which way an entry moves the balance an account owes. */
public enum Direction {
  /** Increases what is owed: a charge, a debit adjustment, a refund paid out. */
  DEBIT,
  /** Reduces what is owed: a payment, a credit, a write-off. */
  CREDIT;

  /** The other direction. */
  public Direction opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }
}
