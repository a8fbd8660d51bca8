package org.homeownership.recovery.arrangement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an arrangement stands. The moves allowed are:
 *
 * <pre>
 * PROPOSED ──approve──▶ LIVE ──breach──▶ BREACHED ──catch up──▶ LIVE
 *    │                   │  └──cleared──▶ COMPLETED ◀──cleared──┤
 *    └──────cancel───────┴──────────────▶ CANCELLED ◀──cancel───┘
 * </pre>
 *
 * Cancelled and completed are final.
 */
public enum ArrangementState {
  /** Made but not yet approved; it holds nothing. */
  PROPOSED,
  /** Approved and kept; it holds further recovery of the debts it covers. */
  LIVE,
  /** Not kept; the hold is released until the debtor catches up. */
  BREACHED,
  /** Ended: withdrawn, replaced by a new arrangement, or cancelled after Direct Debit failures. */
  CANCELLED,
  /** Ended: the debt it covers is cleared. */
  COMPLETED;

  /** True if the arrangement can still change: proposed, live or breached. */
  public boolean isOpen() {
    return this == PROPOSED || this == LIVE || this == BREACHED;
  }

  /** The states this one may move to. */
  public Set<ArrangementState> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(LIVE, CANCELLED);
      case LIVE -> EnumSet.of(BREACHED, CANCELLED, COMPLETED);
      case BREACHED -> EnumSet.of(LIVE, CANCELLED, COMPLETED);
      case CANCELLED, COMPLETED -> EnumSet.noneOf(ArrangementState.class);
    };
  }

  /** True if this state may move to {@code target}. */
  public boolean canMoveTo(ArrangementState target) {
    return next().contains(target);
  }
}
