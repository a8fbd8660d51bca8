package org.homeownership.recovery.recoverycase.hold;

/** The kinds of hold, as a decision names them and a worklist counts them. */
public enum HoldKind {
  /** A dispute on one charge: only that charge leaves recovery. */
  DISPUTE("Dispute on a charge"),
  /** A query or complaint. */
  QUERY_OR_COMPLAINT("Query or complaint"),
  /** A breathing space or mental health crisis moratorium (§7). */
  BREATHING_SPACE("Breathing space"),
  /** A vulnerable debtor: every step goes to an officer (§12.4). */
  VULNERABILITY("Vulnerability"),
  /** Bankruptcy, an IVA or a debt relief order. */
  INSOLVENCY("Insolvency"),
  /** The debtor has died; the estate is dealt with. */
  DECEASED("Deceased"),
  /** A live payment arrangement. */
  LIVE_ARRANGEMENT("Live arrangement"),
  /** A promise to pay by a date. */
  PROMISE_TO_PAY("Promise to pay"),
  /** A letter failed validation: data is missing. */
  MISSING_DATA("Missing data");

  private final String displayName;

  HoldKind(String displayName) {
    this.displayName = displayName;
  }

  /** The kind as an officer reads it. */
  public String displayName() {
    return displayName;
  }
}
