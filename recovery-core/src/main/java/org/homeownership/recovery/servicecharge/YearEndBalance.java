package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * One dwelling's year-end position: the actual charge for the year against what the estimate
 * billed, and the balancing charge (positive) or credit (negative) between them (LTA 1985 s.19(2),
 * LAW-AND-PRACTICE.md §1.1).
 *
 * @param dwelling the dwelling
 * @param estimateBilled what the estimate demanded for the year
 * @param actual the actual bill, with its audit trail; empty if the dwelling had no actual share
 */
public record YearEndBalance(
    DwellingId dwelling, Money estimateBilled, Optional<ServiceChargeBill> actual) {

  /** Checks every part is given. */
  public YearEndBalance {
    requireNonNull(dwelling, "dwelling");
    requireNonNull(estimateBilled, "estimateBilled");
    requireNonNull(actual, "actual");
  }

  /** The actual charge for the year. */
  public Money actualCharge() {
    return actual.map(ServiceChargeBill::total).orElse(Money.ZERO);
  }

  /** The balancing charge (positive) or credit (negative): actual less estimate billed. */
  public Money balance() {
    return actualCharge().minus(estimateBilled);
  }
}
