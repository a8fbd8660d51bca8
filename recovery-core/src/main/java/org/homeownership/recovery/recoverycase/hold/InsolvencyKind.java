package org.homeownership.recovery.recoverycase.hold;

/** The insolvency proceedings that hold recovery. */
public enum InsolvencyKind {
  /** A bankruptcy order. */
  BANKRUPTCY,
  /** An individual voluntary arrangement. */
  INDIVIDUAL_VOLUNTARY_ARRANGEMENT,
  /** A debt relief order. */
  DEBT_RELIEF_ORDER
}
