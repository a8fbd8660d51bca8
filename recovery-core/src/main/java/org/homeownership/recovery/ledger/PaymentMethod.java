package org.homeownership.recovery.ledger;

/** How money was paid in or out. */
public enum PaymentMethod {
  /** Direct Debit collection; a failed collection is a {@link Reversal}. */
  DIRECT_DEBIT("direct debit"),
  /** Standing order. */
  STANDING_ORDER("standing order"),
  /** Bank transfer (Faster Payments, BACS, CHAPS). */
  BANK_TRANSFER("bank transfer"),
  /** Debit or credit card. */
  CARD("card"),
  /** Cheque. */
  CHEQUE("cheque"),
  /** Cash at a council office. */
  CASH("cash"),
  /** PayPoint or Post Office, with a payment card. */
  PAYPOINT("PayPoint or Post Office"),
  /** Paid by the mortgage lender on the leaseholder's behalf. */
  MORTGAGE_LENDER("mortgage lender"),
  /** Collected by a collection agent or enforcement agent. */
  COLLECTION_AGENT("collection agent"),
  /** Deducted by an employer under an attachment of earnings order. */
  ATTACHMENT_OF_EARNINGS("attachment of earnings"),
  /** Any other method. */
  OTHER("other method");

  private final String displayName;

  PaymentMethod(String displayName) {
    this.displayName = displayName;
  }

  /** The method as it reads on a statement: "Payment by {@code displayName}". */
  public String displayName() {
    return displayName;
  }
}
