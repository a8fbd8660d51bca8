package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;

/**
 * One band of a council's write-off authorisation: the reasons it covers, the amounts from {@code
 * from} (inclusive) up to {@code below} (exclusive; empty for no upper limit), any condition on the
 * debtor's response, and the level that must authorise. Bands are half-open in whole pence, so "up
 * to and including £1,000" is {@code below} £1,000.01.
 *
 * @param reasons the reasons the band covers; not empty
 * @param from the least amount in the band; above zero
 * @param below the first amount above the band; empty if it has no upper limit
 * @param response whether the band applies only when the debtor has or has not responded
 * @param level the level that must authorise a write-off in the band
 */
public record AuthorisationBand(
    ImmutableSet<WriteOffReason> reasons,
    Money from,
    Optional<Money> below,
    ResponseCondition response,
    AuthorisationLevel level) {

  /** Checks the parts are given and the band is not empty. */
  public AuthorisationBand {
    requireNonNull(reasons, "reasons");
    requireNonNull(from, "from");
    requireNonNull(below, "below");
    requireNonNull(response, "response");
    requireNonNull(level, "level");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an authorisation band needs at least one reason");
    }
    if (!from.isPositive()) {
      throw new IllegalArgumentException("band from must be above zero, not " + from.format());
    }
    if (below.isPresent() && !below.get().isGreaterThan(from)) {
      throw new IllegalArgumentException(
          "band below " + below.get().format() + " is not above its from " + from.format());
    }
  }

  /**
   * A band for {@code reasons} of amounts from {@code from} up to but not including {@code below}.
   */
  public static AuthorisationBand of(
      ImmutableSet<WriteOffReason> reasons, Money from, Money below, AuthorisationLevel level) {
    return new AuthorisationBand(reasons, from, Optional.of(below), ResponseCondition.ANY, level);
  }

  /** A band for {@code reasons} of amounts from {@code from} with no upper limit. */
  public static AuthorisationBand from(
      ImmutableSet<WriteOffReason> reasons, Money from, AuthorisationLevel level) {
    return new AuthorisationBand(reasons, from, Optional.empty(), ResponseCondition.ANY, level);
  }

  /** This band applying only under {@code condition}. */
  public AuthorisationBand when(ResponseCondition condition) {
    return new AuthorisationBand(reasons, from, below, condition, level);
  }

  /** True if the band holds {@code amount}. */
  public boolean holds(Money amount) {
    return !amount.isLessThan(from) && below.map(amount::isLessThan).orElse(true);
  }

  /**
   * True if a write-off of {@code amount} for {@code reason} whose debtor did or did not respond is
   * in this band.
   */
  public boolean matches(Money amount, WriteOffReason reason, boolean debtorResponded) {
    return reasons.contains(reason) && holds(amount) && response.admits(debtorResponded);
  }

  /** The band in plain words, such as {@code £50.00 up to but not including £5,000.00}. */
  public String describe() {
    String amounts =
        below
            .map(b -> from.format() + " up to but not including " + b.format())
            .orElse(from.format() + " and above");
    String condition = response == ResponseCondition.ANY ? "" : " where " + response.description();
    return amounts
        + " for "
        + reasons.stream().map(WriteOffReason::displayName).collect(Collectors.joining(", "))
        + condition
        + ": "
        + level.name();
  }
}
