package org.homeownership.recovery.affordability;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.money.Money;

/**
 * The monthly budget of an income and expenditure statement, computed as the Standard Financial
 * Statement does (LAW-AND-PRACTICE.md §11):
 *
 * <ul>
 *   <li><em>available for priority debts</em> = income − fixed costs − flexible costs − savings
 *       contribution;
 *   <li><em>available for other debts</em> = available for priority debts − priority debt payments.
 * </ul>
 *
 * Either may be negative: a deficit. Every figure is the exact sum of the monthly lines.
 *
 * @param income total monthly income
 * @param fixedCosts total monthly fixed costs
 * @param flexibleCosts total monthly flexible costs
 * @param savingsContribution monthly savings contribution
 * @param availableForPriorityDebts what is left for priority debts
 * @param priorityDebtPayments monthly payments offered to priority debts
 * @param availableForOtherDebts what is left for other debts
 */
public record MonthlySurplus(
    Money income,
    Money fixedCosts,
    Money flexibleCosts,
    Money savingsContribution,
    Money availableForPriorityDebts,
    Money priorityDebtPayments,
    Money availableForOtherDebts) {

  /** Checks every figure is given and the two surpluses follow from the totals. */
  public MonthlySurplus {
    requireNonNull(income, "income");
    requireNonNull(fixedCosts, "fixedCosts");
    requireNonNull(flexibleCosts, "flexibleCosts");
    requireNonNull(savingsContribution, "savingsContribution");
    requireNonNull(availableForPriorityDebts, "availableForPriorityDebts");
    requireNonNull(priorityDebtPayments, "priorityDebtPayments");
    requireNonNull(availableForOtherDebts, "availableForOtherDebts");
    Money priority = income.minus(fixedCosts).minus(flexibleCosts).minus(savingsContribution);
    if (!priority.equals(availableForPriorityDebts)
        || !priority.minus(priorityDebtPayments).equals(availableForOtherDebts)) {
      throw new IllegalArgumentException("the surplus does not follow from the totals");
    }
  }

  /** The surplus from the section totals. */
  public static MonthlySurplus of(
      Money income,
      Money fixedCosts,
      Money flexibleCosts,
      Money savingsContribution,
      Money priorityDebtPayments) {
    Money priority = income.minus(fixedCosts).minus(flexibleCosts).minus(savingsContribution);
    return new MonthlySurplus(
        income,
        fixedCosts,
        flexibleCosts,
        savingsContribution,
        priority,
        priorityDebtPayments,
        priority.minus(priorityDebtPayments));
  }

  /** Total monthly outgoings: fixed plus flexible costs. */
  public Money outgoings() {
    return fixedCosts.plus(flexibleCosts);
  }
}
