package org.homeownership.recovery.arrangement.proposal;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/** Why a proposal's term is not shorter, or not longer: a value an officer can read out. */
public sealed interface TermReason {

  /** The reason in plain words. */
  String explain();

  /**
   * A shorter term needs a larger instalment than the debtor can afford.
   *
   * @param affordable the largest affordable arrears instalment
   */
  record ShorterIsUnaffordable(Money affordable) implements TermReason {
    @Override
    public String explain() {
      return "a shorter term needs an arrears instalment above the affordable "
          + affordable.format();
    }
  }

  /** The debt is cleared in one instalment already. */
  record AlreadyOneInstalment() implements TermReason {
    @Override
    public String explain() {
      return "the debt is cleared in a single instalment";
    }
  }

  /**
   * No income and expenditure statement was taken, so the lowest instalment within policy is
   * offered; a shorter term needs evidence that the debtor can afford more.
   */
  record NoAffordabilityEvidence() implements TermReason {
    @Override
    public String explain() {
      return "no income and expenditure statement: the lowest instalment within policy is offered";
    }
  }

  /**
   * A longer term would go past the policy's maximum term.
   *
   * @param latestDueDate the latest day an instalment may fall due
   * @param rule the maximum-term rule in words
   */
  record LongerExceedsMaximumTerm(LocalDate latestDueDate, String rule) implements TermReason {
    @Override
    public String explain() {
      return "a longer term would go past " + latestDueDate + " (" + rule + ")";
    }
  }

  /**
   * A longer term would need an instalment below the policy's minimum.
   *
   * @param minimum the minimum arrears instalment for the frequency
   */
  record LongerIsBelowMinimumInstalment(Money minimum) implements TermReason {
    @Override
    public String explain() {
      return "a longer term would need an arrears instalment below the minimum " + minimum.format();
    }
  }

  /**
   * The debtor can afford this instalment, and the policy clears a debt as soon as it is
   * affordable.
   *
   * @param affordable the largest affordable arrears instalment
   */
  record LongerNotNeeded(Money affordable) implements TermReason {
    @Override
    public String explain() {
      return "the debtor can afford "
          + affordable.format()
          + " an instalment, so the debt is cleared as soon as that allows";
    }
  }
}
