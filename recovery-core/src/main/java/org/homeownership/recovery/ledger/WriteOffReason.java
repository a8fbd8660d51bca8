package org.homeownership.recovery.ledger;

/**
 * Why a debt was written off. Councils authorise write-offs at levels that depend on the amount and
 * the reason (LAW-AND-PRACTICE.md §12.3); the bands are council configuration.
 */
public enum WriteOffReason {
  /** Too small to be worth pursuing. */
  UNECONOMICAL_TO_PURSUE("uneconomical to pursue"),
  /** The debtor has died and left no estate. */
  DECEASED_NO_ESTATE("deceased with no estate"),
  /** The debtor is bankrupt and the debt is provable in the bankruptcy. */
  BANKRUPT("bankrupt"),
  /** The debtor cannot be traced. */
  UNTRACED("debtor untraced"),
  /** The limitation period has expired (LAW-AND-PRACTICE.md §1.8). */
  STATUTE_BARRED("statute-barred"),
  /** Any other reason, recorded in the authorisation. */
  OTHER("other reason");

  private final String displayName;

  WriteOffReason(String displayName) {
    this.displayName = displayName;
  }

  /** The reason as it reads on a statement. */
  public String displayName() {
    return displayName;
  }
}
