package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * Whether a leaseholder has the mandatory right to a service charge loan for a charge, and on what
 * terms (LAW-AND-PRACTICE.md §3.3): a Right to Buy lease from a housing authority, a charge for
 * repairs (not improvements) demanded within the first ten years of the lease, and an amount above
 * the threshold by more than the minimum loan. For a council, the loan is the charge left
 * outstanding and repaid in equal instalments.
 *
 * @param eligible whether the right applies
 * @param loan the amount that may be borrowed
 * @param term the repayment term (Sch 1), where eligible
 * @param reasons why, with the figures
 */
public record LoanEligibility(
    boolean eligible, Money loan, Optional<Period> term, ImmutableList<String> reasons) {

  /** Checks every part is given. */
  public LoanEligibility {
    requireNonNull(loan, "loan");
    requireNonNull(term, "term");
    requireNonNull(reasons, "reasons");
  }

  /**
   * Decides eligibility for {@code charge} on {@code scheme} for a lease granted on {@code grant}.
   */
  public static LoanEligibility assess(
      MajorWorksScheme scheme, Money charge, Optional<LocalDate> rightToBuyGrant, LoanRules rules) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    boolean eligible = true;
    if (rightToBuyGrant.isEmpty()) {
      eligible = false;
      reasons.add("not a Right to Buy lease");
    } else {
      LocalDate end = rightToBuyGrant.get().plus(rules.firstYears());
      if (scheme.demandedOn().isBefore(end)) {
        reasons.add(
            "demanded on "
                + scheme.demandedOn()
                + ", within the first years of the lease"
                + " (to "
                + end
                + ")");
      } else {
        eligible = false;
        reasons.add(
            "demanded on "
                + scheme.demandedOn()
                + ", after the first years of the lease"
                + " ended on "
                + end);
      }
    }
    if (scheme.kind() == MajorWorksScheme.WorksKind.IMPROVEMENT) {
      eligible = false;
      reasons.add("the works are an improvement; the right covers repairs only");
    }
    LocalDate on = scheme.demandedOn();
    Money threshold = rules.threshold().on(on);
    Money loan =
        Money.min(Money.max(Money.ZERO, charge.minus(threshold)), rules.maximumLoan().on(on));
    if (!loan.isGreaterThan(rules.minimumLoan().on(on))) {
      eligible = false;
      reasons.add(
          "the charge of "
              + charge.format()
              + " is not more than "
              + rules.minimumLoan().on(on).format()
              + " above the threshold of "
              + threshold.format());
    } else {
      reasons.add(
          "may borrow "
              + loan.format()
              + ": the charge of "
              + charge.format()
              + " less the"
              + " threshold of "
              + threshold.format()
              + ", at most "
              + rules.maximumLoan().on(on).format());
    }
    if (!eligible) {
      return new LoanEligibility(false, Money.ZERO, Optional.empty(), reasons.build());
    }
    Period term = rules.termFor(loan);
    reasons.add("repaid over " + term.getYears() + " years in equal instalments (Sch 1)");
    return new LoanEligibility(true, loan, Optional.of(term), reasons.build());
  }
}
