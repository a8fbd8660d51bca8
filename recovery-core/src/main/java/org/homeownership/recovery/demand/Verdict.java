package org.homeownership.recovery.demand;

/** What a statutory check decides about a demand. */
public enum Verdict {
  /** The demand complies with the rule. */
  COMPLIES,
  /**
   * The amount is not payable until the defect is remedied (a compliant demand served, the
   * information supplied); no recovery step, interest or forfeiture may count it meanwhile.
   */
  WITHHELD,
  /** The amount can never be recovered. */
  IRRECOVERABLE
}
