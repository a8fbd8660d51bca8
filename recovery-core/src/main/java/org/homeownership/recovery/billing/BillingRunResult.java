package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.ledger.PostingResult;

/**
 * What posting a billing run did.
 *
 * @param run the run
 * @param posted each entry posted (or found already posted), in plan order
 */
public record BillingRunResult(BillingRun run, ImmutableList<PostingResult> posted) {

  /** Checks every part is given. */
  public BillingRunResult {
    requireNonNull(run, "run");
    requireNonNull(posted, "posted");
  }

  /** How many items needed nothing: already billed at the same amount. */
  public int unchanged() {
    return run.items().size() - posted.size();
  }

  /** How many new entries the run added to ledgers. */
  public long added() {
    return posted.stream().filter(p -> !p.alreadyPosted()).count();
  }
}
