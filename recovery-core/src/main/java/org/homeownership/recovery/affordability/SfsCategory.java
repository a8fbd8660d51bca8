package org.homeownership.recovery.affordability;

/**
 * A category of the Standard Financial Statement, in the structure of the SFS developer toolkit's
 * data-entry schema (LAW-AND-PRACTICE.md §11). The SFS code of conduct forbids changing the
 * categories, so they are fixed here rather than configured.
 */
public enum SfsCategory {
  /** Wages, salary and self-employed earnings, after tax. */
  EARNINGS(SfsSection.INCOME, "Earnings"),
  /** State benefits and tax credits. */
  BENEFITS(SfsSection.INCOME, "Benefits"),
  /** State, occupational and private pensions. */
  PENSIONS(SfsSection.INCOME, "Pensions"),
  /** Any other income: maintenance, lodgers, contributions from others in the household. */
  OTHER_INCOME(SfsSection.INCOME, "Other income"),

  /** Rent, ground rent and service charges, mortgage, secured loans, council tax, TV licence. */
  HOME_AND_CONTENTS(SfsSection.FIXED_COSTS, "Home and contents"),
  /** Gas, electricity and other fuel. */
  UTILITIES(SfsSection.FIXED_COSTS, "Utilities"),
  /** Water and sewerage. */
  WATER(SfsSection.FIXED_COSTS, "Water"),
  /** Care and health costs. */
  CARE_AND_HEALTH(SfsSection.FIXED_COSTS, "Care and health"),
  /** Transport and travel. */
  TRANSPORT_AND_TRAVEL(SfsSection.FIXED_COSTS, "Transport and travel"),
  /** School costs. */
  SCHOOL_COSTS(SfsSection.FIXED_COSTS, "School costs"),
  /** Pension contributions and insurance. */
  PENSIONS_AND_INSURANCE(SfsSection.FIXED_COSTS, "Pensions and insurance"),
  /** Professional costs. */
  PROFESSIONAL_COSTS(SfsSection.FIXED_COSTS, "Professional costs"),
  /** Other essential costs. */
  OTHER_ESSENTIAL_COSTS(SfsSection.FIXED_COSTS, "Other essential costs"),

  /** Phone, internet, TV packages, leisure. */
  COMMUNICATIONS_AND_LEISURE(SfsSection.FLEXIBLE_COSTS, "Communications and leisure"),
  /** Food, toiletries, cleaning and household items. */
  FOOD_AND_HOUSEKEEPING(SfsSection.FLEXIBLE_COSTS, "Food and housekeeping"),
  /** Clothing, hairdressing, gifts and the like. */
  PERSONAL_COSTS(SfsSection.FLEXIBLE_COSTS, "Personal costs"),

  /** A regular savings contribution. */
  SAVINGS_CONTRIBUTION(SfsSection.SAVINGS, "Savings contribution"),

  /** Payments offered to priority debts. */
  PRIORITY_DEBT_PAYMENTS(SfsSection.PRIORITY_DEBTS, "Priority debt payments");

  private final SfsSection section;
  private final String displayName;

  SfsCategory(SfsSection section, String displayName) {
    this.section = section;
    this.displayName = displayName;
  }

  /** The section the category belongs to. */
  public SfsSection section() {
    return section;
  }

  /** The category's name as an officer reads it. */
  public String displayName() {
    return displayName;
  }
}
