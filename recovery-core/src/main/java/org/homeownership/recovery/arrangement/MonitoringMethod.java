package org.homeownership.recovery.arrangement;

/** How an arrangement is monitored; the council chooses in its {@link MonitoringPolicy}. */
public enum MonitoringMethod {
  /**
   * The covered balance must be no higher than expected: the starting balance plus charges raised
   * since, less everything due by the monitoring date less the tolerance days.
   */
  EXPECTED_BALANCE,
  /** Fewer than the policy's number of instalments may be missed within the policy's window. */
  MISSED_INSTALMENTS,
  /** Both checks, each applied separately: failing either is a breach. */
  BOTH;

  /** True if this method includes the expected-balance check. */
  public boolean checksExpectedBalance() {
    return this == EXPECTED_BALANCE || this == BOTH;
  }

  /** True if this method includes the missed-instalments check. */
  public boolean checksMissedInstalments() {
    return this == MISSED_INSTALMENTS || this == BOTH;
  }
}
