package org.homeownership.recovery.recoverycase.gate;

/** What a letter of claim must enclose (Pre-Action Protocol for Debt Claims; §6.2). */
public enum Enclosure {
  /** An up-to-date statement of account. */
  STATEMENT_OF_ACCOUNT,
  /** The Information Sheet (Annex 1). */
  INFORMATION_SHEET,
  /** The Reply Form (Annex 1). */
  REPLY_FORM,
  /** A financial statement form (Annex 2). */
  FINANCIAL_STATEMENT
}
