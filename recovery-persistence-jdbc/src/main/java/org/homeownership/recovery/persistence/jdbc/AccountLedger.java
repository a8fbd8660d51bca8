package org.homeownership.recovery.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.ledger.Ledger;

/**
 * A debtor account with its whole ledger, as a portfolio sweep reads them.
 *
 * @param account the account
 * @param ledger its ledger, in posting order
 */
public record AccountLedger(DebtorAccount account, Ledger ledger) {

  /** Checks both parts are given and belong together. */
  public AccountLedger {
    requireNonNull(account, "account");
    requireNonNull(ledger, "ledger");
    if (!account.id().equals(ledger.account())) {
      throw new IllegalArgumentException(
          "ledger of " + ledger.account() + " does not belong to account " + account.id());
    }
  }
}
