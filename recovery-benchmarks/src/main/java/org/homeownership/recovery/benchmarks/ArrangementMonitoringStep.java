package org.homeownership.recovery.benchmarks;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.arrangement.ArrangementMonitor;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.Review;
import org.homeownership.recovery.ledger.Ledger;
import org.jspecify.annotations.Nullable;

/**
 * Arrangement monitoring as a sweep step: an account with a live arrangement ({@link
 * PortfolioGenerator#arrangement}) is reviewed by {@link ArrangementMonitor#review} under {@link
 * PortfolioGenerator#MONITORING}, and the state each review leaves the arrangement in is counted.
 */
final class ArrangementMonitoringStep implements PortfolioSweep.Step {

  private final LocalDate asOf;
  private final Map<AccountId, ArrangementRecord> records;
  private final ArrangementMonitor monitor = new ArrangementMonitor(PortfolioGenerator.MONITORING);
  private final long[] states = new long[ArrangementState.values().length];

  ArrangementMonitoringStep(LocalDate asOf, Map<AccountId, ArrangementRecord> records) {
    this.asOf = requireNonNull(asOf, "asOf");
    // A HashMap, not Map.copyOf: nineteen accounts in twenty have no arrangement, and a HashMap
    // answers a miss from the hash alone where Map.copyOf's table compares keys as it probes.
    this.records = new HashMap<>(records);
  }

  @Override
  public void accept(Ledger ledger, @Nullable Allocation allocation, @Nullable AgedDebt aged) {
    ArrangementRecord record = records.get(ledger.account());
    if (record == null) {
      return;
    }
    Review review = monitor.review(record, Map.of(ledger.account(), ledger), asOf);
    states[review.record().state().ordinal()]++;
  }

  /** Monitoring reads the ledger, not the allocation. */
  @Override
  public boolean needsAllocation() {
    return false;
  }

  /** Monitoring reads the ledger, not the aged debt. */
  @Override
  public boolean needsAgedDebt() {
    return false;
  }

  /** How many reviews left an arrangement in each state, by the state's ordinal, so far. */
  long[] states() {
    return states.clone();
  }

  /** Forgets the counts. */
  void clear() {
    java.util.Arrays.fill(states, 0);
  }
}
