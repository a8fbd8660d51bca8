package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One entry in an account's ledger. Every entry has a positive amount and a direction; its date is
 * the day it takes effect on the balance (the day a charge was raised, a payment received).
 *
 * <p>The kinds are {@link Charge}, {@link Adjustment} and {@link Refund} (debits, see {@link
 * DebitEntry}); {@link Payment}, {@link Credit} and {@link WriteOff} (credits, see {@link
 * CreditEntry}); and {@link Reversal}.
 */
public interface LedgerEntry {

  /** The kind of entry. */
  EntryKind kind();

  /** Whether the entry increases or reduces what is owed. */
  Direction direction();

  /** The day the entry takes effect on the balance. */
  LocalDate date();

  /** The amount, always above zero; {@link #direction()} gives its sign. */
  Money amount();

  /**
   * The reference of the entry in the system it came from (a bank or Direct Debit file, a billing
   * run). Posting an entry whose reference is already on the account returns the entry already
   * posted instead of adding a second.
   */
  Optional<String> externalReference();

  /** What the entry is, as it reads on a statement of account. */
  String description();

  /** The amount with its effect on the balance: positive for a debit, negative for a credit. */
  default Money signedAmount() {
    return direction() == Direction.DEBIT ? amount() : amount().negate();
  }
}
