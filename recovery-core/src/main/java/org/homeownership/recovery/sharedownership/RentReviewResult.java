package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * The outcome of a rent review: the new rent and the date it takes effect, or no review with the
 * reason (such as an index figure not yet held).
 *
 * @param reviewed true if a new rent was worked out
 * @param previousRent the rent before the review
 * @param reviewedRent the rent from {@code effectiveFrom}; the previous rent if not reviewed
 * @param effectiveFrom the review date
 * @param explanation every figure behind the new rent, or why there is none, one line each
 */
public record RentReviewResult(
    boolean reviewed,
    Money previousRent,
    Money reviewedRent,
    LocalDate effectiveFrom,
    List<String> explanation) {

  /** Checks every part is given and copies the explanation. */
  public RentReviewResult {
    requireNonNull(previousRent, "previousRent");
    requireNonNull(reviewedRent, "reviewedRent");
    requireNonNull(effectiveFrom, "effectiveFrom");
    explanation = List.copyOf(explanation);
    if (!reviewed && !reviewedRent.equals(previousRent)) {
      throw new IllegalArgumentException("reviewedRent must equal previousRent when not reviewed");
    }
  }

  /** The rent history with this review's rent taking effect from the review date, if reviewed. */
  public EffectiveDated<Money> applyTo(EffectiveDated<Money> rent) {
    return reviewed ? rent.withVersion(effectiveFrom, reviewedRent) : rent;
  }
}
