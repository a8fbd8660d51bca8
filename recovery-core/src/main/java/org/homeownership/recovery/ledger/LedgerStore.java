package org.homeownership.recovery.ledger;

import org.homeownership.recovery.account.AccountId;

/**
 * Port: where ledgers are kept. Adapters give each posted entry an id that rises in posting order,
 * apply {@link Ledger#check(LedgerEntry)} before writing, and make posting by external reference
 * idempotent even when two threads or processes post the same entry at once.
 */
public interface LedgerStore {

  /**
   * Posts {@code entry} to the account's ledger, or returns the entry already posted with the same
   * external reference.
   *
   * @throws InvalidPostingException if the entry cannot be posted; nothing is written
   * @throws UnknownAccountException if the store has no such account
   */
  PostingResult post(AccountId account, LedgerEntry entry);

  /**
   * The account's whole ledger in posting order.
   *
   * @throws UnknownAccountException if the store has no such account
   */
  Ledger ledger(AccountId account);
}
