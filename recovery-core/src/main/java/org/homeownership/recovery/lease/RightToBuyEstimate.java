package org.homeownership.recovery.lease;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.money.Money;

/**
 * One itemised estimate in the Right to Buy s.125 offer notice: the works and the tenant's
 * estimated contribution, which caps charges for those works in the initial period
 * (LAW-AND-PRACTICE.md §3.2).
 *
 * @param works the works itemised, as the notice describes them
 * @param contribution the tenant's estimated contribution
 */
public record RightToBuyEstimate(String works, Money contribution) {

  /** Checks both parts are given. */
  public RightToBuyEstimate {
    requireNonNull(works, "works");
    requireNonNull(contribution, "contribution");
  }
}
