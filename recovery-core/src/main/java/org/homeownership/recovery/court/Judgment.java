package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * A county court judgment for the council, with its payment terms and what has been paid towards
 * it.
 *
 * @param on the day judgment was given
 * @param kind how it was obtained
 * @param debt the debt awarded
 * @param interest the interest awarded
 * @param costs the costs awarded, the issue fee included
 * @param terms how the court ordered it to be paid
 * @param payments the payments received towards it, oldest first
 */
public record Judgment(
    LocalDate on,
    JudgmentKind kind,
    Money debt,
    Money interest,
    Money costs,
    PaymentTerms terms,
    ImmutableList<JudgmentPayment> payments) {

  /** Checks every part is given, no amount is negative and payments are in date order. */
  public Judgment {
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
    requireNonNull(debt, "debt");
    requireNonNull(interest, "interest");
    requireNonNull(costs, "costs");
    requireNonNull(terms, "terms");
    requireNonNull(payments, "payments");
    if (debt.isNegative() || interest.isNegative() || costs.isNegative()) {
      throw new IllegalArgumentException(
          "judgment amounts are negative: debt "
              + debt
              + ", interest "
              + interest
              + ", costs "
              + costs);
    }
    for (int i = 1; i < payments.size(); i++) {
      if (payments.get(i).on().isBefore(payments.get(i - 1).on())) {
        throw new IllegalArgumentException("judgment payments are out of date order");
      }
    }
  }

  /** A judgment with nothing paid yet. */
  public static Judgment of(
      LocalDate on,
      JudgmentKind kind,
      Money debt,
      Money interest,
      Money costs,
      PaymentTerms terms) {
    return new Judgment(on, kind, debt, interest, costs, terms, ImmutableList.of());
  }

  /** This judgment with a payment of {@code amount} received on {@code day}. */
  public Judgment withPayment(LocalDate day, Money amount) {
    return new Judgment(
        on,
        kind,
        debt,
        interest,
        costs,
        terms,
        ImmutableList.<JudgmentPayment>builder()
            .addAll(payments)
            .add(new JudgmentPayment(day, amount))
            .build());
  }

  /** The judgment sum: debt, interest and costs. */
  public Money total() {
    return debt.plus(interest).plus(costs);
  }

  /** What had been paid towards it by {@code date}, inclusive. */
  public Money paidBy(LocalDate date) {
    return payments.stream()
        .filter(p -> !p.on().isAfter(date))
        .map(JudgmentPayment::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /** What was still unpaid on {@code date}. */
  public Money unpaidOn(LocalDate date) {
    return Money.max(Money.ZERO, total().minus(paidBy(date)));
  }

  /** True if the terms were in default on {@code date} (see {@link PaymentTerms}). */
  public boolean inDefaultOn(LocalDate date) {
    return !date.isBefore(on) && terms.inDefault(total(), paidBy(date), date);
  }

  /** The first day after {@code date} the terms fall into default if nothing more is paid. */
  public Optional<LocalDate> defaultsAfter(LocalDate date) {
    return terms.defaultsAfter(total(), paidBy(date), date);
  }
}
