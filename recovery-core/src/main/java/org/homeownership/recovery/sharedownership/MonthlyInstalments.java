package org.homeownership.recovery.sharedownership;

import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;

/**
 * Splits an annual rent into twelve monthly instalments that sum exactly to it. Rounding rule: each
 * month is the annual rent ÷ 12 rounded half up to the penny, and the last month of the rent year
 * bears the residue ({@link ResiduePolicy#halfUpWithResidueTo}). £4,537.50 a year gives eleven
 * months of £378.13 and a last month of £378.07.
 */
public final class MonthlyInstalments {

  /** The rule as it reads in explanations. */
  public static final String ROUNDING =
      "annual rent ÷ 12, each month rounded half up to the penny; the last month of the rent year"
          + " bears the residue so the twelve sum exactly to the annual rent (largest remainder if"
          + " that would leave the last month below zero)";

  /** A splitter with no configuration. */
  public MonthlyInstalments() {}

  /** The twelve instalments of {@code annualRent} for the rent year starting in {@code first}. */
  public ImmutableSortedMap<YearMonth, Money> split(Money annualRent, YearMonth first) {
    Map<YearMonth, Integer> months = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      months.put(first.plusMonths(i), 1);
    }
    ImmutableSortedMap<YearMonth, Money> halfUp =
        PenceSplitter.split(
                annualRent, months, ResiduePolicy.halfUpWithResidueTo(first.plusMonths(11)))
            .shares();
    boolean lastMonthReversed =
        Long.signum(halfUp.get(first.plusMonths(11)).pence()) == -Long.signum(annualRent.pence());
    if (!lastMonthReversed) {
      return halfUp;
    }
    return PenceSplitter.split(annualRent, months, ResiduePolicy.largestRemainder()).shares();
  }
}
