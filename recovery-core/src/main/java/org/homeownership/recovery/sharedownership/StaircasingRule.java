package org.homeownership.recovery.sharedownership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.money.Money;

/**
 * The rent after staircasing (LAW-AND-PRACTICE.md §10): buying further shares reduces the rent in
 * proportion, new rent = rent × unowned share after ÷ unowned share before; £550 a month on 60%
 * unowned becomes £550 × 50/60 = £458.33 on 50%. Rounding rule: the exact proportion rounded once,
 * half up, to the penny; it never exceeds the rent before. A lease-level override applies where the
 * lease says otherwise, but never raises the rent.
 */
public final class StaircasingRule {

  /** The rule as it reads in explanations. */
  public static final String ROUNDING =
      "rent × unowned after ÷ unowned before, rounded once half up to the penny";

  /** A rule with no configuration. */
  public StaircasingRule() {}

  /** The rent after {@code staircasing}, from the rent before it (of any period). */
  public AnnualRent rentAfter(Money rentBefore, Staircasing staircasing) {
    List<String> explanation = new ArrayList<>();
    BigDecimal before = staircasing.unownedBeforePercent();
    BigDecimal after = staircasing.unownedAfterPercent();
    Money proportional =
        Money.ofPence(
            BigDecimal.valueOf(rentBefore.pence())
                .multiply(after)
                .divide(before, 0, RoundingMode.HALF_UP)
                .longValueExact());
    explanation.add(
        "Staircasing completed "
            + staircasing.completion()
            + ": unowned share "
            + Percent.format(before)
            + " → "
            + Percent.format(after));
    explanation.add(
        "Rent "
            + rentBefore.format()
            + " × "
            + after.stripTrailingZeros().toPlainString()
            + "/"
            + before.stripTrailingZeros().toPlainString()
            + " = "
            + proportional.format()
            + " (rounding: "
            + ROUNDING
            + ")");
    if (staircasing.leaseOverrideAnnualRent().isEmpty()) {
      return new AnnualRent(proportional, explanation);
    }
    Money override = staircasing.leaseOverrideAnnualRent().get();
    if (override.isGreaterThan(rentBefore)) {
      explanation.add(
          "The lease's figure of "
              + override.format()
              + " would raise the rent, so the proportional rent applies");
      return new AnnualRent(proportional, explanation);
    }
    explanation.add("The lease fixes the rent after staircasing at " + override.format());
    return new AnnualRent(override, explanation);
  }

  /**
   * One month's reduced rent within the rent year of the staircasing: the month's rent before ×
   * unowned after ÷ unowned before (or × the lease's annual figure ÷ the annual rent before, where
   * the lease fixes it), rounded once half up. Scaling each month, rather than splitting the
   * reduced annual rent afresh, means no month's rent ever rises because of staircasing.
   *
   * @param monthBefore the month's rent before staircasing
   * @param annualBefore the annual rent before staircasing
   * @param staircasing the purchase
   */
  public Money monthAfter(Money monthBefore, Money annualBefore, Staircasing staircasing) {
    Money annualAfter = rentAfter(annualBefore, staircasing).amount();
    boolean overridden =
        staircasing.leaseOverrideAnnualRent().filter(annualAfter::equals).isPresent();
    if (!overridden) {
      return rentAfter(monthBefore, staircasing).amount();
    }
    if (annualBefore.isZero()) {
      return Money.ZERO;
    }
    return Money.ofPence(
        BigDecimal.valueOf(monthBefore.pence())
            .multiply(BigDecimal.valueOf(annualAfter.pence()))
            .divide(BigDecimal.valueOf(annualBefore.pence()), 0, RoundingMode.HALF_UP)
            .longValueExact());
  }
}
