package org.homeownership.recovery.servicecharge;

/** Whether a budget is the estimate demanded in advance or the actual costs at year end. */
public enum BudgetStage {
  /** The estimate demanded on account (LTA 1985 s.19(2), LAW-AND-PRACTICE.md §1.1). */
  ESTIMATE,
  /** The actual costs certified after the year ends. */
  ACTUAL
}
