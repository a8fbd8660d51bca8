package org.homeownership.recovery.arrangement;

/** Whether a scheduled payment is the initial lump sum or a regular instalment. */
public enum InstalmentKind {
  /** The initial lump sum. */
  LUMP_SUM,
  /** A regular instalment. */
  INSTALMENT
}
