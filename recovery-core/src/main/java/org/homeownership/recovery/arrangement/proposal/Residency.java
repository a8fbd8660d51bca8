package org.homeownership.recovery.arrangement.proposal;

/**
 * Whether the leaseholder lives in the home. Councils offer residents longer terms (RBKC: 36
 * instalments for residents, 24 for non-residents; Haringey: let-out owners at most 36 months;
 * LAW-AND-PRACTICE.md §3.4).
 */
public enum Residency {
  /** The leaseholder lives in the home. */
  RESIDENT,
  /** The leaseholder lets the home out or lives elsewhere. */
  NON_RESIDENT
}
