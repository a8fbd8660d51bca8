package org.homeownership.recovery.affordability;

/** The sections of the Standard Financial Statement (LAW-AND-PRACTICE.md §11). */
public enum SfsSection {
  /** Money coming in. */
  INCOME("Income"),
  /** Essential outgoings that do not vary much: home, utilities, travel, care and the like. */
  FIXED_COSTS("Fixed costs"),
  /** Outgoings checked against the SFS spending guidelines. */
  FLEXIBLE_COSTS("Flexible costs"),
  /** A regular savings contribution, which the SFS allows. */
  SAVINGS("Savings contribution"),
  /** Payments offered to priority debts (council tax arrears, energy, mortgage and the like). */
  PRIORITY_DEBTS("Priority debt payments");

  private final String displayName;

  SfsSection(String displayName) {
    this.displayName = displayName;
  }

  /** The section's name as an officer reads it. */
  public String displayName() {
    return displayName;
  }
}
