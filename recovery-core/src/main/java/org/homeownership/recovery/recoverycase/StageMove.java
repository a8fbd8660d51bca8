package org.homeownership.recovery.recoverycase;

/** How a case came to a stage. */
public enum StageMove {
  /** The stage's action was taken. */
  ENTERED,
  /** The debt fell below the stage's threshold and the case stepped back. */
  STEPPED_BACK,
  /** Recovery resumed at the stage after an arrangement was breached or cancelled. */
  RESUMED,
  /** The debt was cleared and the case closed. */
  CLOSED
}
