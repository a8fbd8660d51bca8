package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * The figures of the statutory service charge loan (Housing (Service Charge Loans) Regulations
 * 1992; LAW-AND-PRACTICE.md §3.3). The amount figures are indexed and their current values are not
 * confirmed (§3.3 says so), so each is effective-dated configuration a council supplies.
 *
 * @param threshold the leaseholder may borrow the amount by which the charge exceeds this
 * @param minimumLoan a loan must be more than this
 * @param maximumLoan a loan is at most this
 * @param firstYears the right covers repairs demanded within this period from the lease's grant
 *     (the first 10 years)
 * @param shortTermBelow loans below this are repaid over {@code shortTerm} (Sch 1: under £1,500)
 * @param longTermFrom loans of this or more are repaid over {@code longTerm} (Sch 1: £5,000)
 * @param shortTerm the term for small loans (Sch 1: 3 years)
 * @param middleTerm the term between the two (Sch 1: 5 years)
 * @param longTerm the term for large loans (Sch 1: 10 years)
 */
public record LoanRules(
    EffectiveDated<Money> threshold,
    EffectiveDated<Money> minimumLoan,
    EffectiveDated<Money> maximumLoan,
    Period firstYears,
    Money shortTermBelow,
    Money longTermFrom,
    Period shortTerm,
    Period middleTerm,
    Period longTerm) {

  /** Checks every part is given. */
  public LoanRules {
    requireNonNull(threshold, "threshold");
    requireNonNull(minimumLoan, "minimumLoan");
    requireNonNull(maximumLoan, "maximumLoan");
    requireNonNull(firstYears, "firstYears");
    requireNonNull(shortTermBelow, "shortTermBelow");
    requireNonNull(longTermFrom, "longTermFrom");
    requireNonNull(shortTerm, "shortTerm");
    requireNonNull(middleTerm, "middleTerm");
    requireNonNull(longTerm, "longTerm");
  }

  /**
   * The rules with the council's indexed amount figures and the regulations' own periods and
   * Schedule 1 terms (§3.3): the first 10 years; 3 years under £1,500, 5 years from £1,500 to under
   * £5,000, 10 years from £5,000.
   */
  public static LoanRules withAmounts(
      EffectiveDated<Money> threshold,
      EffectiveDated<Money> minimumLoan,
      EffectiveDated<Money> maximumLoan) {
    return new LoanRules(
        threshold,
        minimumLoan,
        maximumLoan,
        Period.ofYears(10),
        Money.parse("1500.00"),
        Money.parse("5000.00"),
        Period.ofYears(3),
        Period.ofYears(5),
        Period.ofYears(10));
  }

  /** The repayment term for a loan of {@code amount} (Sch 1). */
  public Period termFor(Money amount) {
    if (amount.isLessThan(shortTermBelow)) {
      return shortTerm;
    }
    return amount.isLessThan(longTermFrom) ? middleTerm : longTerm;
  }
}
