package org.homeownership.recovery.examples.payments;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Payment;

/**
 * A good row of a payment file.
 *
 * @param line the line it starts on
 * @param account the account the payment is for
 * @param payment the payment
 */
public record PaymentRow(int line, AccountId account, Payment payment) {

  /** Checks every part is given. */
  public PaymentRow {
    requireNonNull(account, "account");
    requireNonNull(payment, "payment");
  }
}
