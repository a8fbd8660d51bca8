package org.homeownership.recovery.recoverycase.hold;

/** The two kinds of moratorium under SI 2020/1311 (LAW-AND-PRACTICE.md §7.1). */
public enum MoratoriumKind {
  /** A standard breathing space: 60 days, not twice within 12 months (§7.1, §7.3). */
  STANDARD,
  /** A mental health crisis moratorium: the treatment plus 30 days, no 12-month limit (§7.3). */
  MENTAL_HEALTH_CRISIS
}
