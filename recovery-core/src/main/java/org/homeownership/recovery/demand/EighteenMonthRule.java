package org.homeownership.recovery.demand;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import org.homeownership.recovery.money.Money;

/**
 * LTA 1985 s.20B (LAW-AND-PRACTICE.md §1.3): a tenant is not liable for so much of a service charge
 * as reflects costs incurred more than 18 months before the demand was served, unless within those
 * 18 months the tenant was notified in writing that the costs had been incurred and would be
 * charged (s.20B(2)). A cost is incurred on invoice or payment (OM Property Management v Burr); the
 * rule bites only on the excess over what was already demanded on account (Gilje v Charlegrove);
 * and only a valid demand, with the s.21B summary and the s.47 name and address, stops the clock.
 */
public final class EighteenMonthRule {

  static final String RULE = "s.20B 18-month rule";
  static final String CITATION = "LTA 1985 s.20B; LAW-AND-PRACTICE.md §1.3";

  private final StatutoryFigures figures;

  /** The rule with the given statutory figures. */
  public EighteenMonthRule(StatutoryFigures figures) {
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * Checks {@code demand}.
   *
   * @param validDemand whether the demand is valid (summary enclosed, name and address given), so
   *     that it stops the 18-month clock
   */
  public CheckResult check(ServiceChargeDemand demand, boolean validDemand) {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    Period period = figures.section20bPeriod().on(demand.servedOn());
    Money total = Money.ZERO;
    Money late = Money.ZERO;
    for (CostLine cost : demand.costs()) {
      total = total.plus(cost.share());
      LocalDate incurred = figures.incurredDateRule().incurredOn(cost.invoicedOn(), cost.paidOn());
      LocalDate deadline = incurred.plus(period);
      boolean notified =
          cost.section20bNoticeOn()
              .filter(n -> !n.isBefore(incurred) && !n.isAfter(deadline))
              .isPresent();
      if (!demand.servedOn().isAfter(deadline)) {
        reasons.add(
            describe(cost, incurred)
                + (validDemand
                    ? ", demanded within " + describe(period)
                    : ": this demand does not stop the clock because it is not valid; serve a"
                        + " valid demand by "
                        + deadline));
      } else if (notified) {
        reasons.add(
            describe(cost, incurred)
                + ", was notified under s.20B(2) on "
                + cost.section20bNoticeOn().get()
                + ", within "
                + describe(period));
      } else {
        late = late.plus(cost.share());
        reasons.add(
            describe(cost, incurred)
                + ", was first demanded on "
                + demand.servedOn()
                + ", more than "
                + describe(period)
                + " later (after "
                + deadline
                + "), with no s.20B(2) notice in"
                + " time");
      }
    }
    Money excess = Money.max(Money.ZERO, total.minus(demand.demandedOnAccount()));
    Money irrecoverable = Money.min(late, excess);
    if (late.isPositive() && irrecoverable.isLessThan(late)) {
      reasons.add(
          demand.demandedOnAccount().format()
              + " was already demanded on account, so only "
              + irrecoverable.format()
              + " of the late costs is caught (Gilje v Charlegrove)");
    }
    if (irrecoverable.isPositive()) {
      reasons.add(irrecoverable.format() + " cannot be recovered");
    }
    return new CheckResult(
        RULE,
        CITATION,
        irrecoverable.isPositive() ? Verdict.IRRECOVERABLE : Verdict.COMPLIES,
        irrecoverable,
        reasons.build());
  }

  private static String describe(CostLine cost, LocalDate incurred) {
    return "'" + cost.description() + "' (" + cost.share().format() + "), incurred " + incurred;
  }

  private static String describe(Period period) {
    return period.toTotalMonths() + " months";
  }
}
