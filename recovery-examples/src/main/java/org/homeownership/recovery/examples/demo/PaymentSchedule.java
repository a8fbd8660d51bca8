package org.homeownership.recovery.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.Posting;

/**
 * The payments and returned Direct Debits the demo's debtors will make, by the day they happen.
 * Payments are planned when a charge is raised, from the debtor's {@link Behaviour}; arrangement
 * instalments are planned when an arrangement is made.
 */
final class PaymentSchedule {

  /**
   * A Direct Debit collection that comes back unpaid.
   *
   * @param account the account
   * @param paymentReference the reference of the payment that is reversed
   * @param reason the ARUDD reason
   */
  record Returned(AccountId account, String paymentReference, String reason) {}

  private final SplittableRandom random;
  private final TreeMap<LocalDate, List<Posting>> payments = new TreeMap<>();
  private final TreeMap<LocalDate, List<Returned>> returns = new TreeMap<>();
  private final Map<AccountId, Integer> directDebits = new HashMap<>();

  PaymentSchedule(long seed) {
    this.random = new SplittableRandom(seed ^ 0x9A7E_0001L);
  }

  /**
   * Plans how an ordinary payer (or a notable one while paying normally) pays {@code due}, raised
   * on {@code raisedOn}.
   */
  void plan(Bill.Due due, Behaviour behaviour, LocalDate raisedOn) {
    String reference = "PAY-" + due.reference();
    switch (behaviour) {
      case PROMPT_PAYER, DISPUTES_A_CHARGE -> {
        LocalDate on = due.dueDate().minusDays(random.nextInt(4));
        pay(
            due.account(),
            reference,
            on.isBefore(raisedOn) ? raisedOn : on,
            due.amount(),
            PaymentMethod.BANK_TRANSFER);
      }
      case LATE_PAYER ->
          pay(
              due.account(),
              reference,
              due.dueDate().plusDays(35 + random.nextInt(45)),
              due.amount(),
              PaymentMethod.CARD);
      case PART_PAYER ->
          // 70% of the charge, rounded down to the penny.
          pay(
              due.account(),
              reference,
              due.dueDate().plusDays(10),
              Money.ofPence(due.amount().pence() * 70 / 100),
              PaymentMethod.PAYPOINT);
      case DIRECT_DEBIT_RETURNED -> {
        pay(due.account(), reference, due.dueDate(), due.amount(), PaymentMethod.DIRECT_DEBIT);
        int collections = directDebits.merge(due.account(), 1, Integer::sum);
        if (collections == 3) {
          returns
              .computeIfAbsent(due.dueDate().plusDays(5), d -> new ArrayList<>())
              .add(new Returned(due.account(), reference, "ARUDD 1: instruction cancelled"));
        }
      }
      default -> {
        // The other notable debtors pay nothing of their own accord.
      }
    }
  }

  /** Plans one payment. */
  void pay(AccountId account, String reference, LocalDate on, Money amount, PaymentMethod method) {
    if (!amount.isPositive()) {
      return;
    }
    payments
        .computeIfAbsent(on, d -> new ArrayList<>())
        .add(
            new Posting(
                account,
                Payment.builder()
                    .reference(reference)
                    .dateReceived(on)
                    .amount(amount)
                    .method(method)
                    .build()));
  }

  /** Takes out every payment dated on or before {@code date}, in date order. */
  List<Posting> paymentsUpTo(LocalDate date) {
    return drain(payments.headMap(date, true));
  }

  /** Takes out every returned Direct Debit dated on or before {@code date}, in date order. */
  List<Map.Entry<LocalDate, Returned>> returnsUpTo(LocalDate date) {
    List<Map.Entry<LocalDate, Returned>> due = new ArrayList<>();
    NavigableMap<LocalDate, List<Returned>> head = returns.headMap(date, true);
    head.forEach((d, list) -> list.forEach(r -> due.add(Map.entry(d, r))));
    head.clear();
    return due;
  }

  /** Forgets every payment planned for {@code account} after {@code date}. */
  void stop(AccountId account, LocalDate date) {
    payments
        .tailMap(date, false)
        .values()
        .forEach(list -> list.removeIf(p -> p.account().equals(account)));
  }

  private static <T> List<T> drain(NavigableMap<LocalDate, List<T>> head) {
    List<T> all = new ArrayList<>();
    head.values().forEach(all::addAll);
    head.clear();
    return all;
  }
}
