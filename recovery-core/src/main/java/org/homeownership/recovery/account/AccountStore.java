package org.homeownership.recovery.account;

import java.util.Optional;
import java.util.stream.Stream;

/** Port: where debtor accounts are kept. */
public interface AccountStore {

  /** Saves a new account, or replaces the stored account with the same id. */
  void save(DebtorAccount account);

  /** The account with the given id, if there is one. */
  Optional<DebtorAccount> find(AccountId id);

  /** Every account, in id order. Adapters stream, so a portfolio need not fit in memory. */
  Stream<DebtorAccount> all();
}
