package org.homeownership.recovery.demand;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * LTA 1985 s.21B and CLRA 2002 Sch 11 para 4 (LAW-AND-PRACTICE.md §1.4, §1.6): a demand for a
 * service charge must be accompanied by the prescribed summary of tenants' rights and obligations,
 * and a demand for an administration charge by its own summary. Without it the tenant may withhold
 * payment, and nothing that turns on non-payment (interest, forfeiture, recovery) applies, until a
 * compliant demand is served. "Accompanied" means served with the demand (Tingdene v Cox).
 */
public final class SummaryOfRightsRule {

  static final String RULE = "summary of rights and obligations";
  static final String CITATION =
      "LTA 1985 s.21B; CLRA 2002 Sch 11 para 4; LAW-AND-PRACTICE.md §1.4, §1.6";

  private SummaryOfRightsRule() {}

  /** Checks {@code demand}. */
  public static CheckResult check(ServiceChargeDemand demand) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    Money withheld = Money.ZERO;
    if (demand.serviceCharge().isPositive()) {
      if (demand.serviceChargeSummaryEnclosed()) {
        reasons.add("the service charges summary went with the demand");
      } else {
        withheld = withheld.plus(demand.serviceCharge());
        reasons.add(
            "the service charge of "
                + demand.serviceCharge().format()
                + " is withheld: the demand was served without the service charges summary of"
                + " rights and obligations; serve a compliant demand with the summary");
      }
    }
    if (demand.administrationCharge().isPositive()) {
      if (demand.administrationChargeSummaryEnclosed()) {
        reasons.add("the administration charges summary went with the demand");
      } else {
        withheld = withheld.plus(demand.administrationCharge());
        reasons.add(
            "the administration charge of "
                + demand.administrationCharge().format()
                + " is withheld: the demand was served without the administration charges"
                + " summary of rights and obligations");
      }
    }
    return new CheckResult(
        RULE,
        CITATION,
        withheld.isZero() ? Verdict.COMPLIES : Verdict.WITHHELD,
        withheld,
        reasons.build());
  }
}
