package org.homeownership.recovery.affordability;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * Checks an income and expenditure statement as an officer would before relying on it (LAW-AND-
 * PRACTICE.md §11): flexible spending above the SFS guideline for the household's size (in force on
 * the day the statement was completed), missing or zero essentials, no income, and stated totals
 * that differ from the sum of the lines.
 */
public final class StatementVerifier {

  private final VerificationPolicy policy;

  /** A verifier applying {@code policy}. */
  public StatementVerifier(VerificationPolicy policy) {
    this.policy = policy;
  }

  /** The surplus and the flags of {@code statement}, with the evidence recorded on it. */
  public Verification verify(IncomeAndExpenditure statement) {
    ImmutableList.Builder<VerificationFlag> flags = ImmutableList.builder();
    if (!statement.monthlyTotal(SfsSection.INCOME).isPositive()) {
      flags.add(new NoIncome());
    }
    for (SfsCategory essential : EnumSet.copyOf(withIncomeExcluded())) {
      if (!statement.declares(essential)) {
        flags.add(new MissingEssential(essential));
      } else if (statement.monthlyTotal(essential).isZero()) {
        flags.add(new ZeroEssential(essential));
      }
    }
    SpendingGuidelines guidelines = policy.spendingGuidelines().on(statement.completedOn());
    for (SfsCategory category : SfsCategory.values()) {
      if (category.section() != SfsSection.FLEXIBLE_COSTS) {
        continue;
      }
      Money declared = statement.monthlyTotal(category);
      Optional<Money> guideline = guidelines.guideline(statement.householdSize(), category);
      if (guideline.isEmpty()) {
        flags.add(new NoSpendingGuideline(category, statement.householdSize()));
      } else if (declared.isGreaterThan(guideline.get())) {
        flags.add(
            new AboveSpendingGuideline(
                category, declared, guideline.get(), statement.householdSize()));
      }
    }
    for (Map.Entry<SfsSection, Money> stated : statement.statedTotals().entrySet()) {
      Money sum = statement.monthlyTotal(stated.getKey());
      if (!sum.equals(stated.getValue())) {
        flags.add(new TotalDoesNotAddUp(stated.getKey(), stated.getValue(), sum));
      }
    }
    return new Verification(
        statement.surplus(), flags.build(), ImmutableList.copyOf(statement.evidence()));
  }

  private EnumSet<SfsCategory> withIncomeExcluded() {
    EnumSet<SfsCategory> essentials = EnumSet.noneOf(SfsCategory.class);
    for (SfsCategory category : policy.essentials()) {
      if (category.section() != SfsSection.INCOME) {
        essentials.add(category);
      }
    }
    return essentials;
  }
}
