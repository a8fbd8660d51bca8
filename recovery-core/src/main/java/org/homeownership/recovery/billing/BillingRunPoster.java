package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.ledger.LedgerStore;

/**
 * Posts a billing run to the ledgers through the {@link LedgerStore} port, entry by entry, after
 * {@link BillingRunPlanner} has worked out what is needed. A run that stops part-way can simply be
 * run again: what was posted is found by its reference and not posted twice. A store that offers
 * atomic batches can post {@link BillingRunPlanner#plan} itself instead.
 */
public final class BillingRunPoster {

  private final LedgerStore ledgers;

  /** A poster writing to {@code ledgers}. */
  public BillingRunPoster(LedgerStore ledgers) {
    this.ledgers = requireNonNull(ledgers, "ledgers");
  }

  /** Posts what {@code run} needs and says what was done. */
  public BillingRunResult post(BillingRun run) {
    ImmutableList<PlannedPosting> plan = BillingRunPlanner.plan(run, ledgers::ledger);
    return new BillingRunResult(
        run,
        plan.stream()
            .map(p -> ledgers.post(p.account(), p.entry()))
            .collect(ImmutableList.toImmutableList()));
  }
}
