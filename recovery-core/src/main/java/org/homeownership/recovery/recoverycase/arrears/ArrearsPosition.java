package org.homeownership.recovery.recoverycase.arrears;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

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
    long pence = 0;
    for (int i = 0; i < charges.size(); i++) {
      CountedCharge charge = charges.get(i);
      if (!charge.disputed()) {
        pence =
            Math.addExact(
                pence, Math.subtractExact(charge.outstanding().pence(), charge.excluded().pence()));
      }
    }
    return Money.ofPence(pence);
  }

  /** Everything outstanding on due charges, counted or not. */
  public Money outstanding() {
    long pence = 0;
    for (int i = 0; i < charges.size(); i++) {
      CountedCharge charge = charges.get(i);
      pence = Math.addExact(pence, charge.outstanding().pence());
    }
    return Money.ofPence(pence);
  }

  /** The part withheld (s.21B, ss.47–48) or barred (s.20B) that no stage counts. */
  public Money excluded() {
    long pence = 0;
    for (int i = 0; i < charges.size(); i++) {
      CountedCharge charge = charges.get(i);
      if (!charge.disputed()) {
        pence = Math.addExact(pence, charge.excluded().pence());
      }
    }
    return Money.ofPence(pence);
  }

  /** What disputed charges leave outstanding: set aside, not cleared. */
  public Money disputed() {
    long pence = 0;
    for (int i = 0; i < charges.size(); i++) {
      CountedCharge charge = charges.get(i);
      if (charge.disputed()) {
        pence = Math.addExact(pence, charge.outstanding().pence());
      }
    }
    return Money.ofPence(pence);
  }

  /** The due date of the oldest charge with something counted, if any. */
  public Optional<LocalDate> oldestCountedDueDate() {
    LocalDate oldest = oldestCountedDue();
    return Optional.ofNullable(oldest);
  }

  /** How many days the oldest counted charge has been due; zero if none. */
  public long daysOverdue() {
    LocalDate oldest = oldestCountedDue();
    return oldest == null ? 0 : ChronoUnit.DAYS.between(oldest, asOf);
  }

  /** The figures in words, for a decision's reasons. No personal data. */
  public String describe() {
    LocalDate oldest = oldestCountedDue();
    return new StringBuilder(160)
        .append("counted arrears ")
        .append(counted().format())
        .append(" (outstanding ")
        .append(outstanding().format())
        .append("; withheld or barred ")
        .append(excluded().format())
        .append("; disputed ")
        .append(disputed().format())
        .append("); oldest counted item due ")
        .append(oldest == null ? "none" : oldest.toString())
        .append(", ")
        .append(oldest == null ? 0 : ChronoUnit.DAYS.between(oldest, asOf))
        .append(" days overdue")
        .toString();
  }

  /** The earliest due date among charges with something counted; null if none. */
  private @Nullable LocalDate oldestCountedDue() {
    LocalDate oldest = null;
    for (int i = 0; i < charges.size(); i++) {
      CountedCharge charge = charges.get(i);
      if (!charge.disputed()
          && charge.outstanding().pence() > charge.excluded().pence()
          && (oldest == null || charge.dueDate().isBefore(oldest))) {
        oldest = charge.dueDate();
      }
    }
    return oldest;
  }
}
