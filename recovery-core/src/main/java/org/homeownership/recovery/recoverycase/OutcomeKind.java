package org.homeownership.recovery.recoverycase;

/** The kinds of outcome, in the order a worklist puts them: work to do first. */
public enum OutcomeKind {
  /** A stage's action is due now. */
  ACTION_DUE(true),
  /** A stage is due but an officer must decide (vulnerability, a stale previous stage). */
  REFERRED_TO_OFFICER(true),
  /** The debt fell below the stage's threshold: the case steps back. */
  STEPPED_BACK(true),
  /** The debt is cleared: the case closes. */
  CLOSED(true),
  /** The next stage's conditions hold but a statutory gate is closed. */
  GATE_CLOSED(false),
  /** The next stage is not due yet. */
  WAITING(false),
  /** A hold keeps the case at its stage. */
  ON_HOLD(false),
  /** The case is at the last stage of its ladder. */
  LADDER_COMPLETE(false),
  /** Nothing is owed and no case is open. */
  NOTHING_OWED(false);

  private final boolean work;

  OutcomeKind(boolean work) {
    this.work = work;
  }

  /** True if an officer or the system has something to do today. */
  public boolean isWork() {
    return work;
  }
}
