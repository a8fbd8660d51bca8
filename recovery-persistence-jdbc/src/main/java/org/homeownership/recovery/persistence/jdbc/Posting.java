package org.homeownership.recovery.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.LedgerEntry;

/**
 * One entry to post to one account, as a line of a batch such as a payment file or a billing run.
 *
 * @param account the account to post to
 * @param entry the entry to post
 */
public record Posting(AccountId account, LedgerEntry entry) {

  /** Checks both parts are given. */
  public Posting {
    requireNonNull(account, "account");
    requireNonNull(entry, "entry");
  }
}
