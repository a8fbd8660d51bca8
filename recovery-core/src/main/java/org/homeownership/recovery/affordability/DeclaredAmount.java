package org.homeownership.recovery.affordability;

import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * One line of an income and expenditure statement: an amount in an SFS category, as the debtor
 * declared it (weekly, monthly and so on). Personal data: the amount is redacted from {@code
 * toString}.
 */
@Value.Immutable
public abstract class DeclaredAmount {

  DeclaredAmount() {}

  /** The line in {@code category} of {@code amount} every {@code period}. */
  public static DeclaredAmount of(SfsCategory category, Money amount, AmountPeriod period) {
    return ImmutableDeclaredAmount.builder()
        .category(category)
        .amount(amount)
        .period(period)
        .build();
  }

  /** A monthly line in {@code category}. */
  public static DeclaredAmount monthly(SfsCategory category, Money amount) {
    return of(category, amount, AmountPeriod.MONTHLY);
  }

  /** The SFS category. */
  public abstract SfsCategory category();

  /** The amount as declared, at least zero. */
  @Value.Redacted
  public abstract Money amount();

  /** How often the amount is received or paid. */
  public abstract AmountPeriod period();

  /** The monthly equivalent, by {@link AmountPeriod#CONVERSION_RULE}. */
  public Money monthly() {
    return period().toMonthly(amount());
  }

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new IllegalArgumentException(
          "declared amount in " + category() + " must not be negative");
    }
  }
}
