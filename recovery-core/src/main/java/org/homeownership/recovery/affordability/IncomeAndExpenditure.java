package org.homeownership.recovery.affordability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A debtor's income and expenditure statement in the structure of the Standard Financial Statement
 * (LAW-AND-PRACTICE.md §11): declared lines by SFS category, the totals the debtor stated (if any),
 * the household size the spending guidelines are read for, and the evidence officers saw.
 *
 * <p>Personal data: the lines and stated totals are redacted from {@code toString}. Build one with
 * {@link #builder()}; add evidence with {@link #withEvidence}.
 */
@Value.Immutable
public abstract class IncomeAndExpenditure {

  IncomeAndExpenditure() {}

  /** A new builder. */
  public static ImmutableIncomeAndExpenditure.Builder builder() {
    return ImmutableIncomeAndExpenditure.builder();
  }

  /** The day the statement was completed; guidelines in force on this day apply. */
  public abstract LocalDate completedOn();

  /** The number of people in the household, adults and children; at least one. */
  public abstract int householdSize();

  /** The declared lines; a category may have several (two jobs, two benefits). */
  @Value.Redacted
  public abstract List<DeclaredAmount> lines();

  /** The monthly totals the debtor wrote on the form, by section; empty where none was written. */
  @Value.Redacted
  public abstract Map<SfsSection, Money> statedTotals();

  /** The evidence officers recorded as seen, in the order recorded. */
  public abstract List<EvidenceSeen> evidence();

  /** The monthly total of a category: the sum of its lines, each converted to monthly. */
  public Money monthlyTotal(SfsCategory category) {
    Money total = Money.ZERO;
    for (DeclaredAmount line : lines()) {
      if (line.category() == category) {
        total = total.plus(line.monthly());
      }
    }
    return total;
  }

  /** The monthly total of a section: the sum of its lines, each converted to monthly. */
  public Money monthlyTotal(SfsSection section) {
    Money total = Money.ZERO;
    for (DeclaredAmount line : lines()) {
      if (line.category().section() == section) {
        total = total.plus(line.monthly());
      }
    }
    return total;
  }

  /** True if at least one line is declared in {@code category}, even a zero one. */
  public boolean declares(SfsCategory category) {
    return lines().stream().anyMatch(line -> line.category() == category);
  }

  /** The monthly surplus available for priority debts and for other debts. */
  public MonthlySurplus surplus() {
    return MonthlySurplus.of(
        monthlyTotal(SfsSection.INCOME),
        monthlyTotal(SfsSection.FIXED_COSTS),
        monthlyTotal(SfsSection.FLEXIBLE_COSTS),
        monthlyTotal(SfsSection.SAVINGS),
        monthlyTotal(SfsSection.PRIORITY_DEBTS));
  }

  /** This statement with {@code seen} added to its evidence. */
  public IncomeAndExpenditure withEvidence(EvidenceSeen seen) {
    return ImmutableIncomeAndExpenditure.builder().from(this).addEvidence(seen).build();
  }

  @Value.Check
  void check() {
    if (householdSize() < 1) {
      throw new IllegalArgumentException(
          "householdSize must be at least 1, not " + householdSize());
    }
    statedTotals()
        .forEach(
            (section, total) -> {
              if (total.isNegative()) {
                throw new IllegalArgumentException(
                    "stated total for " + section + " must not be negative");
              }
            });
  }
}
