package org.homeownership.recovery.writeoff;

/**
 * Why a written-off debt is reinstated. Gateshead reinstates a small balance written off when the
 * debtor is traced (LAW-AND-PRACTICE.md §12.3).
 */
public enum ReinstatementReason {
  /** The debtor, untraced or not responding when the debt was written off, has been traced. */
  DEBTOR_TRACED("debtor traced"),
  /** An estate or assets have come to light from which the debt can be paid. */
  ESTATE_OR_ASSETS_FOUND("estate or assets found"),
  /** The write-off was made in error. */
  WRITTEN_OFF_IN_ERROR("written off in error");

  private final String displayName;

  ReinstatementReason(String displayName) {
    this.displayName = displayName;
  }

  /** The reason as it reads on a statement. */
  public String displayName() {
    return displayName;
  }
}
