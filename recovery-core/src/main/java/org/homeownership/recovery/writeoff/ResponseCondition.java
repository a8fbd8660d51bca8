package org.homeownership.recovery.writeoff;

/**
 * Whether a band applies only when the debtor has, or has not, responded to the council. Gateshead
 * writes off balances under £30 "with no response" automatically (LAW-AND-PRACTICE.md §12.3).
 */
public enum ResponseCondition {
  /** The band applies whether or not the debtor responded. */
  ANY("whether or not the debtor responded"),
  /** The band applies only if the debtor has not responded. */
  NO_RESPONSE("the debtor has not responded"),
  /** The band applies only if the debtor has responded. */
  RESPONDED("the debtor has responded");

  private final String description;

  ResponseCondition(String description) {
    this.description = description;
  }

  /** True if a proposal whose debtor did ({@code responded}) or did not respond meets it. */
  public boolean admits(boolean responded) {
    return switch (this) {
      case ANY -> true;
      case NO_RESPONSE -> !responded;
      case RESPONDED -> responded;
    };
  }

  /** The condition in plain words. */
  public String description() {
    return description;
  }
}
