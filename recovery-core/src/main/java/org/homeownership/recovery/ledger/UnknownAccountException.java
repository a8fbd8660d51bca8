package org.homeownership.recovery.ledger;

import org.homeownership.recovery.account.AccountId;

/** A store was asked about an account it does not have. */
public final class UnknownAccountException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the account. */
  public UnknownAccountException(AccountId account) {
    super("no account " + account);
  }
}
