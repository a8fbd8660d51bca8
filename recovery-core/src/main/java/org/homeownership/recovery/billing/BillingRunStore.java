package org.homeownership.recovery.billing;

import java.util.Optional;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Port: where billing runs are kept with their lines and audit trail, and posted to the ledgers. A
 * run is prepared, approved, then posted; each step is added to its trail and recorded in the
 * {@link org.homeownership.recovery.audit.AuditLog} in the same transaction.
 *
 * <p>Posting is atomic: the whole of {@link BillingRunPlanner#plan} is posted and the run marked
 * posted, or nothing is. A post that failed part-way can simply be run again.
 */
public interface BillingRunStore {

  /**
   * Keeps {@code run} under {@code id}, {@link BillingRunStatus#PREPARED}.
   *
   * @throws IllegalArgumentException if a run with {@code id} is already kept; nothing is written
   * @throws UnknownAccountException if an item bills an account that is not stored
   */
  void prepare(BillingRunId id, BillingRun run, Change change);

  /**
   * Approves the prepared run {@code id} for posting.
   *
   * @throws IllegalArgumentException if there is no such run
   * @throws IllegalStateException if the run is not {@link BillingRunStatus#PREPARED}
   */
  void approve(BillingRunId id, Change change);

  /**
   * Posts the approved run {@code id} to the ledgers, all of it or none of it, and marks it posted.
   * Posting a run already posted posts and records nothing: the result lists no postings.
   *
   * @return what was posted
   * @throws IllegalArgumentException if there is no such run
   * @throws IllegalStateException if the run is only {@link BillingRunStatus#PREPARED}
   */
  BillingRunResult post(BillingRunId id, Change change);

  /** The run {@code id} with its lines and trail, if kept. */
  Optional<StoredBillingRun> billingRun(BillingRunId id);
}
