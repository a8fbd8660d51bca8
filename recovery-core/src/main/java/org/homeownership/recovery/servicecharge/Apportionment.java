package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * A budget apportioned: each billed dwelling's bill, and for each head the part the council bears
 * for its tenanted dwellings (plus or minus any rounding residue). For every head, the billed
 * shares plus the council's part equal the head's total.
 *
 * @param budget the budget apportioned
 * @param bills each billed dwelling's bill, by dwelling
 * @param councilShares for each head (pool and name), the part the council bears
 */
public record Apportionment(
    ServiceChargeBudget budget,
    ImmutableSortedMap<DwellingId, ServiceChargeBill> bills,
    ImmutableMap<String, Money> councilShares) {

  /** Checks every part is given. */
  public Apportionment {
    requireNonNull(budget, "budget");
    requireNonNull(bills, "bills");
    requireNonNull(councilShares, "councilShares");
  }

  /** The bill for {@code dwelling}, if it is billed. */
  public Optional<ServiceChargeBill> bill(DwellingId dwelling) {
    return Optional.ofNullable(bills.get(dwelling));
  }

  /** The part of {@code head} the council bears. */
  public Money councilShare(CostHead head) {
    return councilShares.getOrDefault(key(head), Money.ZERO);
  }

  static String key(CostHead head) {
    return head.pool() + "/" + head.name();
  }
}
