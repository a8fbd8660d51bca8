package org.homeownership.recovery.arrangement.proposal;

import java.math.BigDecimal;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A council's instalment terms for one debt type: the minimum monthly arrears instalment, the
 * maximum term, and the share of the debtor's surplus an arrears instalment may take.
 */
@Value.Immutable
public abstract class DebtTypeTerms {

  DebtTypeTerms() {}

  /** A new builder. */
  public static ImmutableDebtTypeTerms.Builder builder() {
    return ImmutableDebtTypeTerms.builder();
  }

  /** The smallest arrears instalment a month (RBKC residents: £50). */
  public abstract Money minimumMonthlyInstalment();

  /** The longest term. */
  public abstract MaximumTerm maximumTerm();

  /** The share of the surplus an arrears instalment may take, from 0 to 1 (such as 0.5). */
  public abstract BigDecimal affordabilityShare();

  /** Which surplus the share is of. */
  public abstract SurplusBasis surplusBasis();

  @Value.Check
  void check() {
    if (minimumMonthlyInstalment().isNegative()) {
      throw new IllegalArgumentException(
          "minimumMonthlyInstalment must not be negative, not " + minimumMonthlyInstalment());
    }
    if (affordabilityShare().signum() <= 0 || affordabilityShare().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "affordabilityShare must be above 0 and at most 1, not "
              + affordabilityShare().toPlainString());
    }
  }
}
