package org.homeownership.recovery.demand;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * The statutory figures the demand checks use, each effective-dated with its source.
 *
 * @param section20bPeriod the period after costs are incurred within which they must be demanded or
 *     notified (LTA 1985 s.20B(1)–(2): 18 months)
 * @param incurredDateRule when a cost counts as incurred (OM Property Management v Burr: on invoice
 *     or payment; LAW-AND-PRACTICE.md §1.3 asks for the choice to be configurable)
 */
public record StatutoryFigures(
    EffectiveDated<Period> section20bPeriod, IncurredDateRule incurredDateRule) {

  /** Checks every part is given. */
  public StatutoryFigures {
    requireNonNull(section20bPeriod, "section20bPeriod");
    requireNonNull(incurredDateRule, "incurredDateRule");
  }

  /**
   * The figures for England as LAW-AND-PRACTICE.md states them: 18 months for s.20B, in force
   * before any date this library handles (the reference does not give the commencement date, so
   * none is invented), and costs incurred on the earlier of invoice and payment.
   */
  public static StatutoryFigures england() {
    return new StatutoryFigures(
        EffectiveDated.from(
            LocalDate.MIN,
            Period.ofMonths(18),
            "s.20B period",
            "LTA 1985 s.20B(1)-(2); LAW-AND-PRACTICE.md §1.3"),
        IncurredDateRule.EARLIER_OF_INVOICE_AND_PAYMENT);
  }
}
