package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A billing run as a {@link BillingRunStore} keeps it: its lines, where it stands and its audit
 * trail of who prepared, approved and posted it and when.
 *
 * @param id the run's reference
 * @param run the run with its lines
 * @param trail each step taken, oldest first; the last gives the status
 */
public record StoredBillingRun(
    BillingRunId id, BillingRun run, ImmutableList<BillingRunStep> trail) {

  /** Checks every part is given and the trail starts with the run's preparation. */
  public StoredBillingRun {
    requireNonNull(id, "id");
    requireNonNull(run, "run");
    requireNonNull(trail, "trail");
    if (trail.isEmpty() || trail.get(0).status() != BillingRunStatus.PREPARED) {
      throw new IllegalArgumentException("billing run " + id + ": the trail must start PREPARED");
    }
  }

  /** Where the run stands: the status of the last step. */
  public BillingRunStatus status() {
    return trail.get(trail.size() - 1).status();
  }
}
