package org.homeownership.recovery.interest;

/** Why interest may not run for a period. */
public enum ExclusionReason {
  /**
   * A breathing space or mental health crisis moratorium, on a moratorium debt: no interest may
   * accrue during it (SI 2020/1311 regs 7, 10–12; LAW-AND-PRACTICE.md §7.4).
   */
  BREATHING_SPACE("breathing space on a moratorium debt (§7.4)"),
  /**
   * A service charge demand served without the s.21B summary: the charge may be withheld and the
   * lease's interest provisions do not apply until a compliant demand is served (LTA 1985 s.21B;
   * LAW-AND-PRACTICE.md §1.4).
   */
  DEMAND_WITHHELD_S21B("demand withheld without the s.21B summary (§1.4)");

  private final String description;

  ExclusionReason(String description) {
    this.description = description;
  }

  /** The reason in words, citing LAW-AND-PRACTICE.md. */
  public String description() {
    return description;
  }
}
