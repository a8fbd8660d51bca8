package org.homeownership.recovery.arrangement.proposal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One row of a council's major works band table: debts from {@code from} up to {@code upTo} (both
 * included; no upper limit if empty) may be paid over at most {@code months} months.
 *
 * @param from the smallest debt in the band
 * @param upTo the largest debt in the band, if it has one
 * @param months the maximum term in months
 */
public record TermBand(Money from, Optional<Money> upTo, int months) {

  /** Checks the band is not empty and the term is at least one month. */
  public TermBand {
    requireNonNull(from, "from");
    requireNonNull(upTo, "upTo");
    if (upTo.isPresent() && upTo.get().isLessThan(from)) {
      throw new IllegalArgumentException("band upTo " + upTo.get() + " is below from " + from);
    }
    if (months < 1) {
      throw new IllegalArgumentException("band months must be at least 1, not " + months);
    }
  }

  /** A band with an upper limit. */
  public static TermBand of(String from, String upTo, int months) {
    return new TermBand(Money.parse(from), Optional.of(Money.parse(upTo)), months);
  }

  /** The top band, with no upper limit. */
  public static TermBand from(String from, int months) {
    return new TermBand(Money.parse(from), Optional.empty(), months);
  }

  /** True if {@code debt} falls in the band. */
  public boolean contains(Money debt) {
    return !debt.isLessThan(from) && upTo.map(limit -> !debt.isGreaterThan(limit)).orElse(true);
  }
}
