package org.homeownership.recovery.sharedownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * An annual rent review of a shared ownership lease: the rent in force, the lease's formula, the
 * index movement (absent when the figures are not yet held) and the date the new rent takes effect.
 * Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RentReviewRequest {

  RentReviewRequest() {}

  /** A new builder. */
  public static ImmutableRentReviewRequest.Builder builder() {
    return ImmutableRentReviewRequest.builder();
  }

  /** The rent in force before the review (annual, or any period: the formula scales it). */
  public abstract Money currentRent();

  /** The lease's review formula. */
  public abstract ReviewFormula formula();

  /** The index movement the formula uses; absent if the figures are not held. */
  public abstract Optional<IndexMovement> indexMovement();

  /** The review date: the day the new rent takes effect, such as 1 April. */
  public abstract LocalDate effectiveFrom();

  /**
   * A lesser increase the landlord chooses to apply, in percent, such as {@code 3}; the formula's
   * figure applies if this is absent or higher.
   */
  public abstract Optional<BigDecimal> landlordIncreasePercent();

  @Value.Check
  void check() {
    if (currentRent().isNegative()) {
      throw new IllegalArgumentException("currentRent must not be negative, not " + currentRent());
    }
    landlordIncreasePercent()
        .filter(p -> p.signum() < 0)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(
                  "landlordIncreasePercent must not be negative, not " + p.toPlainString());
            });
  }
}
