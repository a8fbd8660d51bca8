package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;

/** An entry that increases what is owed; payments and credits are allocated to it. */
public interface DebitEntry extends LedgerEntry {

  /** What the debit is for. */
  ChargeType chargeType();

  /** The day it falls due; arrears age from this day. */
  LocalDate dueDate();

  /** The reference of the demand that asked for it, if any. */
  Optional<String> demandReference();

  @Override
  default Direction direction() {
    return Direction.DEBIT;
  }
}
