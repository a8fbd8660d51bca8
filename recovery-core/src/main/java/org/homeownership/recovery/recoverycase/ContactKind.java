package org.homeownership.recovery.recoverycase;

/** How the council was in touch with the debtor. */
public enum ContactKind {
  /** A telephone call. */
  CALL,
  /** A home visit. */
  VISIT,
  /** A letter. */
  LETTER,
  /** An email. */
  EMAIL,
  /** A text message. */
  SMS,
  /** An office meeting. */
  MEETING
}
