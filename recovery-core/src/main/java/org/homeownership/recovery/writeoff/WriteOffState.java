package org.homeownership.recovery.writeoff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a write-off stands. The moves allowed are:
 *
 * <pre>
 * PROPOSED ──authorise──▶ AUTHORISED ──reinstate──▶ REINSTATED
 *    └──────decline──────▶ DECLINED
 * </pre>
 *
 * Declined and reinstated are final: a new write-off is a new proposal.
 */
public enum WriteOffState {
  /** Proposed by an officer, awaiting authorisation; nothing is on the ledger. */
  PROPOSED,
  /** Authorised: the write-off entry is to be posted to the ledger. */
  AUTHORISED,
  /** Declined by the authoriser: the debt stays in recovery. */
  DECLINED,
  /** Reinstated: the write-off entry is reversed and the debt is owed again. */
  REINSTATED;

  /** The states this one may move to. */
  public Set<WriteOffState> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(AUTHORISED, DECLINED);
      case AUTHORISED -> EnumSet.of(REINSTATED);
      case DECLINED, REINSTATED -> EnumSet.noneOf(WriteOffState.class);
    };
  }

  /** True if this state may move to {@code target}. */
  public boolean canMoveTo(WriteOffState target) {
    return next().contains(target);
  }
}
