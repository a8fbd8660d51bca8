package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * An application to enforce a judgment (LAW-AND-PRACTICE.md §8). Enforcement fees change over time
 * and the current ones are UNCONFIRMED (§8, Appendix A item 6), so the fee paid is entered, not
 * worked out.
 *
 * @param claimNumber the claim whose judgment it enforces
 * @param method how
 * @param appliedOn the day of the application
 * @param fee the court fee paid
 * @param outcome what came of it, once known
 */
public record EnforcementApplication(
    ClaimNumber claimNumber,
    EnforcementMethod method,
    LocalDate appliedOn,
    Money fee,
    Optional<EnforcementOutcome> outcome) {

  /** Checks every part is given and the dates make sense. */
  public EnforcementApplication {
    requireNonNull(claimNumber, "claimNumber");
    requireNonNull(method, "method");
    requireNonNull(appliedOn, "appliedOn");
    requireNonNull(fee, "fee");
    requireNonNull(outcome, "outcome");
    if (fee.isNegative()) {
      throw new IllegalArgumentException("enforcement fee is negative: " + fee);
    }
    outcome
        .filter(o -> o.on().isBefore(appliedOn))
        .ifPresent(
            o -> {
              throw new IllegalArgumentException(
                  "enforcement outcome " + o.on() + " before the application of " + appliedOn);
            });
  }

  /** This application with its outcome. */
  public EnforcementApplication withOutcome(EnforcementOutcome result) {
    return new EnforcementApplication(claimNumber, method, appliedOn, fee, Optional.of(result));
  }

  /** True if it had been made by {@code date} and had no outcome by then. */
  public boolean isPendingOn(LocalDate date) {
    return !appliedOn.isAfter(date) && outcome.filter(o -> !o.on().isAfter(date)).isEmpty();
  }
}
