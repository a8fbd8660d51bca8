package org.homeownership.recovery.examples.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.MonitoringPolicy;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;

/**
 * A checked scenario, in core types, ready to run.
 *
 * @param name the scenario's name
 * @param description what it shows
 * @param asOf the date evaluated as of
 * @param policy the recovery policy
 * @param dwellings the dwellings
 * @param leases their leases
 * @param accounts each account with its ledger and case
 * @param arrangements each arrangement as made (and approved, if it was)
 * @param monitoring the arrangement monitoring policy, if arrangements are given
 * @param budget the budget to apportion, if given
 */
public record Scenario(
    String name,
    String description,
    LocalDate asOf,
    RecoveryPolicy policy,
    ImmutableList<Dwelling> dwellings,
    ImmutableList<Lease> leases,
    ImmutableList<ScenarioAccount> accounts,
    ImmutableList<ArrangementRecord> arrangements,
    Optional<EffectiveDated<MonitoringPolicy>> monitoring,
    Optional<BudgetInput> budget) {

  /** Checks every part is given. */
  public Scenario {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    requireNonNull(dwellings, "dwellings");
    requireNonNull(leases, "leases");
    requireNonNull(accounts, "accounts");
    requireNonNull(arrangements, "arrangements");
    requireNonNull(monitoring, "monitoring");
    requireNonNull(budget, "budget");
  }
}
