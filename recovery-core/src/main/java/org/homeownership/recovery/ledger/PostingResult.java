package org.homeownership.recovery.ledger;

import static java.util.Objects.requireNonNull;

/**
 * What posting an entry did.
 *
 * @param posted the entry as it stands in the ledger
 * @param alreadyPosted true if the same entry was already in the ledger and nothing was added
 */
public record PostingResult(PostedEntry posted, boolean alreadyPosted) {

  /** Checks the entry is given. */
  public PostingResult {
    requireNonNull(posted, "posted");
  }
}
