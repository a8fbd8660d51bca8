package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * A staircasing purchase: the owner buys more shares, completing on {@code completion}, so the
 * unowned share falls (LAW-AND-PRACTICE.md §10).
 *
 * @param completion the completion date: the first day at the reduced rent
 * @param unownedBeforePercent the unowned share before, in percent; above zero
 * @param unownedAfterPercent the unowned share after, in percent; below the share before
 * @param leaseOverrideAnnualRent the annual rent after completion where the lease fixes it
 *     otherwise than in proportion (the model-lease clause is UNCONFIRMED in §10); it may not raise
 *     the rent
 */
public record Staircasing(
    LocalDate completion,
    BigDecimal unownedBeforePercent,
    BigDecimal unownedAfterPercent,
    Optional<Money> leaseOverrideAnnualRent) {

  /** Checks every part is given and the unowned share falls. */
  public Staircasing {
    requireNonNull(completion, "completion");
    requireNonNull(leaseOverrideAnnualRent, "leaseOverrideAnnualRent");
    Percent.requireShare("unownedBeforePercent", unownedBeforePercent);
    Percent.requireShare("unownedAfterPercent", unownedAfterPercent);
    if (unownedAfterPercent.compareTo(unownedBeforePercent) >= 0) {
      throw new IllegalArgumentException(
          "unownedAfterPercent ("
              + unownedAfterPercent.toPlainString()
              + ") must be below unownedBeforePercent ("
              + unownedBeforePercent.toPlainString()
              + ")");
    }
    leaseOverrideAnnualRent
        .filter(Money::isNegative)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "leaseOverrideAnnualRent must not be negative, not " + m);
            });
  }

  /** A purchase with the rent reduced in proportion. */
  public static Staircasing of(
      LocalDate completion, BigDecimal unownedBeforePercent, BigDecimal unownedAfterPercent) {
    return new Staircasing(completion, unownedBeforePercent, unownedAfterPercent, Optional.empty());
  }
}
