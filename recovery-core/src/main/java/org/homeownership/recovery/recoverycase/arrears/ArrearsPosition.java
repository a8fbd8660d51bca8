package org.homeownership.recovery.recoverycase.arrears;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.homeownership.recovery.money.Money;

/**
 * An account's debt as recovery counts it on a date.
 *
 * @param asOf the date
 * @param charges every charge due by {@code asOf} with something outstanding, oldest due first
 */
public record ArrearsPosition(LocalDate asOf, ImmutableList<CountedCharge> charges) {

  /** Checks every part is given. */
  public ArrearsPosition {
    requireNonNull(asOf, "asOf");
    requireNonNull(charges, "charges");
  }

  /** The arrears every stage counts: due, not disputed, less withheld and barred amounts. */
  public Money counted() {
    return sum(CountedCharge::counted);
  }

  /** Everything outstanding on due charges, counted or not. */
  public Money outstanding() {
    return sum(CountedCharge::outstanding);
  }

  /** The part withheld (s.21B, ss.47–48) or barred (s.20B) that no stage counts. */
  public Money excluded() {
    return charges.stream()
        .filter(c -> !c.disputed())
        .map(CountedCharge::excluded)
        .reduce(Money.ZERO, Money::plus);
  }

  /** What disputed charges leave outstanding: set aside, not cleared. */
  public Money disputed() {
    return charges.stream()
        .filter(CountedCharge::disputed)
        .map(CountedCharge::outstanding)
        .reduce(Money.ZERO, Money::plus);
  }

  /** The due date of the oldest charge with something counted, if any. */
  public Optional<LocalDate> oldestCountedDueDate() {
    return charges.stream()
        .filter(c -> c.counted().isPositive())
        .map(CountedCharge::dueDate)
        .min(LocalDate::compareTo);
  }

  /** How many days the oldest counted charge has been due; zero if none. */
  public long daysOverdue() {
    return oldestCountedDueDate().map(d -> ChronoUnit.DAYS.between(d, asOf)).orElse(0L);
  }

  /** The figures in words, for a decision's reasons. No personal data. */
  public String describe() {
    return "counted arrears "
        + counted().format()
        + " (outstanding "
        + outstanding().format()
        + "; withheld or barred "
        + excluded().format()
        + "; disputed "
        + disputed().format()
        + "); oldest counted item due "
        + oldestCountedDueDate().map(LocalDate::toString).orElse("none")
        + ", "
        + daysOverdue()
        + " days overdue";
  }

  private Money sum(Function<CountedCharge, Money> amount) {
    return charges.stream().map(amount).reduce(Money.ZERO, Money::plus);
  }
}
