package org.homeownership.recovery.arrangement;

/** Whether an arrangement was agreed with the council or ordered by a court. */
public enum ArrangementKind {
  /** Agreed between the debtor and the council; the council may withdraw it on breach. */
  INFORMAL,
  /**
   * Ordered by a court (instalments on a judgment); breach leads to enforcement, not a new claim.
   */
  COURT_ORDERED
}
