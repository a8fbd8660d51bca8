package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One band of a court fee table: claims up to and including {@code upTo} (above the previous band's
 * limit) pay by {@code rule}; the last band has no upper limit.
 *
 * @param upTo the band's upper limit, inclusive; empty for the open top band
 * @param rule how the fee is worked out
 */
public record FeeBand(Optional<Money> upTo, FeeRule rule) {

  /** Checks every part is given. */
  public FeeBand {
    requireNonNull(upTo, "upTo");
    requireNonNull(rule, "rule");
  }

  /** A band up to and including {@code upTo} with a fixed fee. */
  public static FeeBand upTo(String upTo, String fee) {
    return new FeeBand(Optional.of(Money.parse(upTo)), new FeeRule.Fixed(Money.parse(fee)));
  }

  /** True if a claim of {@code claim} is within the band's upper limit. */
  public boolean covers(Money claim) {
    return upTo.map(limit -> !claim.isGreaterThan(limit)).orElse(true);
  }
}
