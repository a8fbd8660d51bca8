package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * One dwelling's service charge for a year: a line per cost head its pools share, any management
 * fee, and the total.
 *
 * @param dwelling the dwelling
 * @param year the service charge year
 * @param stage estimate or actual
 * @param lines how each head's share was worked out
 * @param managementFee the management fee, if charged
 */
public record ServiceChargeBill(
    DwellingId dwelling,
    DateRange year,
    BudgetStage stage,
    ImmutableList<ApportionmentLine> lines,
    Optional<ManagementFee> managementFee) {

  /** Checks every part is given. */
  public ServiceChargeBill {
    requireNonNull(dwelling, "dwelling");
    requireNonNull(year, "year");
    requireNonNull(stage, "stage");
    requireNonNull(lines, "lines");
    requireNonNull(managementFee, "managementFee");
  }

  /** The sum of the heads' shares, before any management fee. */
  public Money subtotal() {
    return lines.stream().map(ApportionmentLine::share).reduce(Money.ZERO, Money::plus);
  }

  /** The year's charge: the heads' shares plus the management fee. */
  public Money total() {
    return subtotal().plus(managementFee.map(ManagementFee::fee).orElse(Money.ZERO));
  }
}
