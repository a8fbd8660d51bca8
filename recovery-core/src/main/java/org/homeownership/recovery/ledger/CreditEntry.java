package org.homeownership.recovery.ledger;

import java.util.Optional;

/** An entry that reduces what is owed, and is allocated to outstanding debits. */
public interface CreditEntry extends LedgerEntry {

  /**
   * The demand the debtor or officer aimed this credit at, if any. An explicit allocation strategy
   * pays that demand first and the remainder by its default rule.
   */
  Optional<String> allocateTo();

  @Override
  default Direction direction() {
    return Direction.CREDIT;
  }
}
