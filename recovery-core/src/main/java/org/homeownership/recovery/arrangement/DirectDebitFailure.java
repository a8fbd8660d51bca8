package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * A failed Direct Debit collection on a covered account: a reversal of a Direct Debit payment, with
 * the reason (the ARUDD reason code) the reversal carries.
 *
 * @param account the account
 * @param payment the payment that was reversed
 * @param collectedOn the day the payment was collected
 * @param failedOn the day of the reversal
 * @param amount the amount that failed
 * @param reason the reversal's reason, such as an ARUDD reason code
 */
public record DirectDebitFailure(
    AccountId account,
    EntryId payment,
    LocalDate collectedOn,
    LocalDate failedOn,
    Money amount,
    String reason) {

  /** Checks the parts are given. */
  public DirectDebitFailure {
    requireNonNull(account, "account");
    requireNonNull(payment, "payment");
    requireNonNull(collectedOn, "collectedOn");
    requireNonNull(failedOn, "failedOn");
    requireNonNull(amount, "amount");
    requireNonNull(reason, "reason");
  }
}
