package org.homeownership.recovery.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * The outcome of one statutory check on one demand, with the section it applies and its reasons.
 *
 * @param rule the rule's name, such as {@code s.21B summary of rights and obligations}
 * @param citation the statute and the section of LAW-AND-PRACTICE.md
 * @param verdict complies, withheld or irrecoverable
 * @param amount the amount withheld or irrecoverable; zero when the demand complies
 * @param reasons what was found, with the dates and figures that decided it
 */
public record CheckResult(
    String rule, String citation, Verdict verdict, Money amount, ImmutableList<String> reasons) {

  /** Checks every part is given. */
  public CheckResult {
    requireNonNull(rule, "rule");
    requireNonNull(citation, "citation");
    requireNonNull(verdict, "verdict");
    requireNonNull(amount, "amount");
    requireNonNull(reasons, "reasons");
  }
}
