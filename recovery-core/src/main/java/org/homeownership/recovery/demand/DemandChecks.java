package org.homeownership.recovery.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * Runs every statutory check on a demand: s.21B (and Sch 11 para 4), ss.47–48, then s.20B, which
 * takes account of whether the demand was valid.
 */
public final class DemandChecks {

  private final EighteenMonthRule eighteenMonthRule;

  /** Checks with the given statutory figures. */
  public DemandChecks(StatutoryFigures figures) {
    this.eighteenMonthRule = new EighteenMonthRule(requireNonNull(figures, "figures"));
  }

  /** Assesses {@code demand}. */
  public DemandAssessment assess(ServiceChargeDemand demand) {
    CheckResult summary = SummaryOfRightsRule.check(demand);
    CheckResult nameAndAddress = LandlordNameAndAddressRule.check(demand);
    boolean valid =
        summary.verdict() == Verdict.COMPLIES && nameAndAddress.verdict() == Verdict.COMPLIES;
    return new DemandAssessment(
        demand, ImmutableList.of(summary, nameAndAddress, eighteenMonthRule.check(demand, valid)));
  }
}
