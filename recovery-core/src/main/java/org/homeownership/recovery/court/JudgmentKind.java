package org.homeownership.recovery.court;

/** How a judgment was obtained. */
public enum JudgmentKind {
  /** In default of a response. */
  DEFAULT,
  /** On the debtor's admission. */
  ADMISSION,
  /** By consent. */
  CONSENT,
  /** After a hearing. */
  AFTER_HEARING
}
