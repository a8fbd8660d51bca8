package org.homeownership.recovery.sharedownership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.money.Money;

/**
 * Reviews a shared ownership rent by the lease's formula (LAW-AND-PRACTICE.md §10):
 *
 * <ul>
 *   <li>RPI + 0.5% by the corrected 2013 ratio formula, rent × (RPI ratio + 0.5%); RPI zero or
 *       negative gives 0.5%. £360 a month with RPI 4% gives £376.20; £2,000 with RPI 100 → 200
 *       gives £4,010.
 *   <li>CPI + 1% with no decrease: CPI nil gives 1%, CPI −1% or lower 0%.
 *   <li>The landlord may apply a lesser increase.
 * </ul>
 *
 * <p>Rounding rule: the reviewed rent is worked out exactly from the index figures and rounded
 * once, half up, to the penny. Index figures are inputs, never invented: without them the review is
 * not made.
 */
public final class RentReview {

  /** The rule as it reads in explanations. */
  public static final String ROUNDING =
      "the reviewed rent is worked out exactly and rounded once, half up, to the penny";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A reviewer with no configuration. */
  public RentReview() {}

  /** Reviews the rent in {@code request}. */
  public RentReviewResult review(RentReviewRequest request) {
    Money rent = request.currentRent();
    if (request.indexMovement().isEmpty()) {
      return new RentReviewResult(
          false,
          rent,
          rent,
          request.effectiveFrom(),
          List.of(
              "Not reviewed: the index figures for the review taking effect on "
                  + request.effectiveFrom()
                  + " are not held; the rent stays "
                  + rent.format()
                  + " until they are"));
    }
    IndexMovement movement = request.indexMovement().get();
    BigDecimal base = movement.base();
    List<String> explanation = new ArrayList<>();
    explanation.add("Rent before review: " + rent.format());
    explanation.add("Formula: " + request.formula().describe());
    explanation.add("Index: " + movement.description());
    // The new rent is rent × numerator ÷ base; the formula decides the numerator.
    BigDecimal numerator = largestNumerator(request.formula(), movement, explanation);
    BigDecimal formulaIncreasePercent = percentIncrease(numerator, base);
    explanation.add("Largest increase the lease allows: " + Percent.format(formulaIncreasePercent));
    BigDecimal appliedNumerator = numerator;
    if (request.landlordIncreasePercent().isPresent()) {
      BigDecimal chosen = request.landlordIncreasePercent().get();
      BigDecimal chosenNumerator = base.add(base.multiply(chosen).divide(HUNDRED));
      if (chosenNumerator.compareTo(numerator) < 0) {
        appliedNumerator = chosenNumerator;
        explanation.add("The landlord applies a lesser increase of " + Percent.format(chosen));
      } else {
        explanation.add(
            "The landlord's increase of "
                + Percent.format(chosen)
                + " is not below the lease's largest, which applies");
      }
    }
    long newPence =
        BigDecimal.valueOf(rent.pence())
            .multiply(appliedNumerator)
            .divide(base, 0, RoundingMode.HALF_UP)
            .longValueExact();
    Money reviewed = Money.ofPence(newPence);
    explanation.add(
        "Rent from "
            + request.effectiveFrom()
            + ": "
            + rent.format()
            + " × (1 + "
            + Percent.format(percentIncrease(appliedNumerator, base))
            + ") = "
            + reviewed.format());
    explanation.add("Rounding: " + ROUNDING);
    return new RentReviewResult(true, rent, reviewed, request.effectiveFrom(), explanation);
  }

  private static BigDecimal largestNumerator(
      ReviewFormula formula, IndexMovement movement, List<String> explanation) {
    BigDecimal base = movement.base();
    if (formula instanceof ReviewFormula.RpiRatioPlusMargin rpi) {
      BigDecimal margin = base.multiply(rpi.marginPercent()).divide(HUNDRED);
      if (movement.isNotARise()) {
        explanation.add(
            "RPI did not rise, so the increase is the margin of "
                + Percent.format(rpi.marginPercent()));
        return base.add(margin);
      }
      return movement.current().add(margin);
    }
    ReviewFormula.CpiPlusMargin cpi = (ReviewFormula.CpiPlusMargin) formula;
    BigDecimal raised = movement.current().add(base.multiply(cpi.marginPercent()).divide(HUNDRED));
    if (raised.compareTo(base) <= 0) {
      explanation.add(
          "CPI + "
              + Percent.format(cpi.marginPercent())
              + " is 0% or below, so the rent does not change (no decrease)");
      return base;
    }
    return raised;
  }

  /** (numerator ÷ base − 1) × 100, to at most 4 decimal places, half up, for explanations. */
  private static BigDecimal percentIncrease(BigDecimal numerator, BigDecimal base) {
    return numerator
        .subtract(base)
        .multiply(HUNDRED)
        .divide(base, 4, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }
}
