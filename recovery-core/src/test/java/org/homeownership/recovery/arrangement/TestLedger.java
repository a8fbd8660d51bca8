package org.homeownership.recovery.arrangement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;

/** Builds one account's ledger for arrangement tests, posting in the order written. */
final class TestLedger {

  private final Map<String, PostedEntry> byReference = new HashMap<>();
  private Ledger ledger;
  private long nextId = 1;

  private TestLedger(AccountId account) {
    this.ledger = Ledger.empty(account);
  }

  static TestLedger of(String account) {
    return new TestLedger(AccountId.of(account));
  }

  TestLedger charge(String date, String amount) {
    return post(
        "C" + nextId,
        Charge.builder()
            .chargeType(ChargeType.MAJOR_WORKS)
            .dateRaised(LocalDate.parse(date))
            .dueDate(LocalDate.parse(date))
            .amount(Money.parse(amount))
            .externalReference("C" + nextId)
            .build());
  }

  TestLedger payment(String date, String amount) {
    return pay("P" + nextId, date, amount, PaymentMethod.BANK_TRANSFER);
  }

  TestLedger directDebit(String reference, String date, String amount) {
    return pay(reference, date, amount, PaymentMethod.DIRECT_DEBIT);
  }

  /** A Direct Debit return (ARUDD) of the collection with {@code reference}. */
  TestLedger returned(String reference, String date, String reasonCode) {
    return post(
        "R-" + reference,
        Reversal.of(byReference.get(reference), LocalDate.parse(date), reasonCode));
  }

  private TestLedger pay(String reference, String date, String amount, PaymentMethod method) {
    return post(
        reference,
        Payment.builder()
            .dateReceived(LocalDate.parse(date))
            .amount(Money.parse(amount))
            .method(method)
            .reference(reference)
            .build());
  }

  private TestLedger post(String reference, LedgerEntry entry) {
    PostedEntry posted = new PostedEntry(EntryId.of(nextId++), entry);
    ledger = ledger.append(posted);
    byReference.put(reference, posted);
    return this;
  }

  Ledger build() {
    return ledger;
  }

  Map<AccountId, Ledger> asMap() {
    return Map.of(ledger.account(), ledger);
  }
}
