package org.homeownership.recovery.court;

/** Who applied to the First-tier Tribunal (LTA 1985 s.27A; LAW-AND-PRACTICE.md §1.7). */
public enum TribunalApplicant {
  /** The council, as landlord. */
  LANDLORD,
  /** The leaseholder. */
  TENANT
}
