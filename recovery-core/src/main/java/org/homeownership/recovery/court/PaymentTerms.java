package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * How the court ordered a judgment to be paid. The terms are entered as the judgment states them;
 * the library does not supply a default time for payment.
 *
 * <p>The debtor has the whole of a due date to pay: terms are in default on a day when less has
 * been paid by then than fell due on the days <em>before</em> it.
 */
public sealed interface PaymentTerms {

  /** What had fallen due under the terms on or before {@code date}, out of {@code total}. */
  Money dueBy(Money total, LocalDate date);

  /**
   * The first day after {@code after} on which the terms would be in default if nothing more than
   * {@code paid} were paid; empty if {@code paid} meets everything.
   */
  Optional<LocalDate> defaultsAfter(Money total, Money paid, LocalDate after);

  /** The terms in words. */
  String describe();

  /** True if less than what fell due before {@code asOf} had been paid by {@code asOf}. */
  default boolean inDefault(Money total, Money paidByAsOf, LocalDate asOf) {
    return paidByAsOf.isLessThan(dueBy(total, asOf.minusDays(1)));
  }

  /**
   * The whole sum by one date.
   *
   * @param payBy the last day to pay, as the judgment states it
   */
  record InFull(LocalDate payBy) implements PaymentTerms {
    /** Checks the date is given. */
    public InFull {
      requireNonNull(payBy, "payBy");
    }

    @Override
    public Money dueBy(Money total, LocalDate date) {
      return date.isBefore(payBy) ? Money.ZERO : total;
    }

    @Override
    public Optional<LocalDate> defaultsAfter(Money total, Money paid, LocalDate after) {
      if (!paid.isLessThan(total)) {
        return Optional.empty();
      }
      LocalDate first = payBy.plusDays(1);
      return Optional.of(first.isAfter(after) ? first : after.plusDays(1));
    }

    @Override
    public String describe() {
      return "in full by " + payBy;
    }
  }

  /**
   * Instalments of {@code amount} from {@code firstDue}, the last being whatever remains.
   *
   * @param amount each instalment; above zero
   * @param frequency how often
   * @param firstDue the first instalment's due date
   */
  record Instalments(Money amount, InstalmentFrequency frequency, LocalDate firstDue)
      implements PaymentTerms {
    /** Checks every part is given and the instalment is above zero. */
    public Instalments {
      requireNonNull(amount, "amount");
      requireNonNull(frequency, "frequency");
      requireNonNull(firstDue, "firstDue");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("instalment must be above zero: " + amount);
      }
    }

    @Override
    public Money dueBy(Money total, LocalDate date) {
      if (date.isBefore(firstDue)) {
        return Money.ZERO;
      }
      long n = 0;
      Money due = Money.ZERO;
      while (due.isLessThan(total) && !frequency.dueDate(firstDue, n).isAfter(date)) {
        due = Money.min(total, due.plus(amount));
        n++;
      }
      return due;
    }

    @Override
    public Optional<LocalDate> defaultsAfter(Money total, Money paid, LocalDate after) {
      if (!paid.isLessThan(total)) {
        return Optional.empty();
      }
      long n = 0;
      Money due = amount;
      while (!due.isGreaterThan(paid)) {
        n++;
        due = due.plus(amount);
      }
      LocalDate first = frequency.dueDate(firstDue, n).plusDays(1);
      return Optional.of(first.isAfter(after) ? first : after.plusDays(1));
    }

    @Override
    public String describe() {
      return amount.format()
          + " "
          + frequency.name().toLowerCase(java.util.Locale.ROOT)
          + " from "
          + firstDue;
    }
  }
}
