package org.homeownership.recovery.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * Every statutory check on one demand, and what is payable now as a result.
 *
 * @param demand the demand
 * @param results each check's result, in the order s.21B, ss.47–48, s.20B
 */
public record DemandAssessment(ServiceChargeDemand demand, ImmutableList<CheckResult> results) {

  /** Checks every part is given. */
  public DemandAssessment {
    requireNonNull(demand, "demand");
    requireNonNull(results, "results");
  }

  /** True if the demand is valid: no check withholds anything. */
  public boolean isValid() {
    return results.stream().noneMatch(r -> r.verdict() == Verdict.WITHHELD);
  }

  /** What can never be recovered. */
  public Money irrecoverable() {
    return total(Verdict.IRRECOVERABLE);
  }

  /**
   * What is payable now: the demand's total, less what can never be recovered, less what is
   * withheld (each element counted once, however many checks withhold it).
   */
  public Money payableNow() {
    Money serviceCharge = demand.serviceCharge().minus(irrecoverable());
    boolean serviceChargeWithheld = false;
    boolean administrationChargeWithheld = false;
    for (CheckResult result : results) {
      if (result.verdict() != Verdict.WITHHELD) {
        continue;
      }
      if (result.rule().equals(LandlordNameAndAddressRule.RULE)) {
        serviceChargeWithheld = true;
        administrationChargeWithheld = true;
      } else {
        serviceChargeWithheld |= !demand.serviceChargeSummaryEnclosed();
        administrationChargeWithheld |= !demand.administrationChargeSummaryEnclosed();
      }
    }
    return (serviceChargeWithheld ? Money.ZERO : serviceCharge)
        .plus(administrationChargeWithheld ? Money.ZERO : demand.administrationCharge());
  }

  private Money total(Verdict verdict) {
    return results.stream()
        .filter(r -> r.verdict() == verdict)
        .map(CheckResult::amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
