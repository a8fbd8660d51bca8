package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.money.Money;

/**
 * A reduction of a leaseholder's share of major works under a statutory cap.
 *
 * @param rule the cap's name
 * @param citation the law and the section of LAW-AND-PRACTICE.md
 * @param amount how much the share was reduced by
 * @param reason the figures that decided it
 */
public record Reduction(String rule, String citation, Money amount, String reason) {

  /** Checks every part is given. */
  public Reduction {
    requireNonNull(rule, "rule");
    requireNonNull(citation, "citation");
    requireNonNull(amount, "amount");
    requireNonNull(reason, "reason");
  }
}
