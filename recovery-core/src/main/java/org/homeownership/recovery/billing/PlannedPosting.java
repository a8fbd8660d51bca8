package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.LedgerEntry;

/**
 * One entry a billing run will post.
 *
 * @param account the account
 * @param entry the charge, adjustment or credit
 * @param item the billed item it comes from
 */
public record PlannedPosting(AccountId account, LedgerEntry entry, BilledItem item) {

  /** Checks every part is given. */
  public PlannedPosting {
    requireNonNull(account, "account");
    requireNonNull(entry, "entry");
    requireNonNull(item, "item");
  }
}
