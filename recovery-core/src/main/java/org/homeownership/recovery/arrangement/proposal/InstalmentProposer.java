package org.homeownership.recovery.arrangement.proposal;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * Proposes an instalment for arrears within the council's {@link ProposalPolicy} in force on the
 * first instalment date (LAW-AND-PRACTICE.md §11 library rule, §3.4, §12.2).
 *
 * <ol>
 *   <li>The maximum term gives the most instalments N; the arrears instalment must be at least
 *       arrears ÷ N, rounded up to the penny, and at least the minimum instalment (the monthly
 *       minimum × 12 ÷ instalments a year, rounded up to the penny), but never more than the
 *       arrears.
 *   <li>With an income and expenditure statement, the affordable arrears instalment is the surplus
 *       × the policy's share, rounded down to the penny, then × 12 ÷ instalments a year, rounded
 *       down. The ongoing charges are not measured against it: the SFS already counts them in the
 *       fixed costs. If it is below the floor in step 1, no proposal fits; otherwise the proposal
 *       takes the affordable amount (or the arrears, if less): the shortest affordable term.
 *   <li>Without one, the proposal takes the floor in step 1: the lowest instalment within policy.
 *   <li>The last instalment takes the remainder.
 * </ol>
 */
public final class InstalmentProposer {

  private final EffectiveDated<ProposalPolicy> policy;

  /** A proposer applying {@code policy}. */
  public InstalmentProposer(EffectiveDated<ProposalPolicy> policy) {
    this.policy = policy;
  }

  /** The proposal for {@code request}, or why there is none. */
  public ProposalOutcome propose(ProposalRequest request) {
    LocalDate first = request.firstInstalmentOn();
    Money arrears = request.arrears();
    InstalmentFrequency frequency = request.frequency();
    Optional<DebtTypeTerms> found = policy.on(first).terms(request.stream(), request.residency());
    if (found.isEmpty()) {
      return new NoProposal(
          ImmutableList.of(
              policy.name()
                  + " offers no instalments for "
                  + request.stream().displayName()
                  + " ("
                  + request.residency()
                  + ")"));
    }
    DebtTypeTerms terms = found.get();
    Optional<LocalDate> latest = terms.maximumTerm().latestDueDate(first, arrears);
    if (latest.isEmpty()) {
      return new NoProposal(
          ImmutableList.of(
              arrears.format() + " is outside every band of " + terms.maximumTerm().describe()));
    }
    int maxInstalments = frequency.countUpTo(first, latest.get());
    ImmutableList.Builder<String> basis = ImmutableList.builder();
    basis.add(
        "terms: "
            + policy.name()
            + " ("
            + policy.source()
            + "), "
            + terms.maximumTerm().describe());
    basis.add(
        "at most "
            + maxInstalments
            + " "
            + frequency.name().toLowerCase(java.util.Locale.UK)
            + " instalments, the last by "
            + latest.get());

    Money forTerm = ceilDiv(arrears, maxInstalments);
    Money minimum = perInstalment(terms.minimumMonthlyInstalment(), frequency, RoundingMode.UP);
    Money floor = Money.min(arrears, Money.max(forTerm, minimum));
    basis.add(
        "smallest arrears instalment: "
            + floor.format()
            + " (clears "
            + arrears.format()
            + " within the term: "
            + forTerm.format()
            + "; minimum instalment: "
            + minimum.format()
            + ")");

    Money arrearsComponent;
    TermReason whyNotShorter;
    TermReason whyNotLonger;
    if (request.surplus().isPresent()) {
      Money monthly = terms.surplusBasis().of(request.surplus().get());
      Money affordableMonthly =
          monthly.isPositive()
              ? monthly.times(terms.affordabilityShare(), RoundingMode.DOWN)
              : Money.ZERO;
      Money affordable = perInstalment(affordableMonthly, frequency, RoundingMode.DOWN);
      basis.add(
          "affordable arrears instalment: "
              + affordable.format()
              + " ("
              + terms.affordabilityShare().toPlainString()
              + " of the "
              + monthly.format()
              + " a month "
              + terms.surplusBasis().name().toLowerCase(java.util.Locale.UK).replace('_', ' ')
              + ")");
      if (affordable.isLessThan(floor)) {
        return new NoProposal(
            ImmutableList.<String>builder()
                .addAll(basis.build())
                .add(
                    "the affordable "
                        + affordable.format()
                        + " is below the smallest instalment within policy, "
                        + floor.format()
                        + ": refer for discretion or advice")
                .build());
      }
      arrearsComponent = Money.min(affordable, arrears);
      whyNotShorter = new TermReason.ShorterIsUnaffordable(affordable);
      whyNotLonger = new TermReason.LongerNotNeeded(affordable);
    } else {
      arrearsComponent = floor;
      whyNotShorter = new TermReason.NoAffordabilityEvidence();
      whyNotLonger =
          forTerm.isLessThan(minimum)
              ? new TermReason.LongerIsBelowMinimumInstalment(minimum)
              : new TermReason.LongerExceedsMaximumTerm(
                  latest.get(), terms.maximumTerm().describe());
    }

    int instalments = (int) ceilDiv(arrears, arrearsComponent.pence());
    if (instalments == 1) {
      whyNotShorter = new TermReason.AlreadyOneInstalment();
    }
    if (instalments == maxInstalments && request.surplus().isPresent()) {
      whyNotLonger =
          new TermReason.LongerExceedsMaximumTerm(latest.get(), terms.maximumTerm().describe());
    }
    Money last = arrears.minus(arrearsComponent.times(instalments - 1L));
    Money ongoing = request.ongoingChargePerInstalment();
    return new Proposal(
        frequency,
        ongoing.plus(arrearsComponent),
        ongoing,
        arrearsComponent,
        last,
        instalments,
        first,
        frequency.dueDate(first, instalments - 1),
        arrears,
        arrears.plus(ongoing.times(instalments)),
        whyNotShorter,
        whyNotLonger,
        basis.build());
  }

  /** A monthly figure as a per-instalment figure: × 12 ÷ instalments a year, rounded as named. */
  static Money perInstalment(Money monthly, InstalmentFrequency frequency, RoundingMode rounding) {
    if (frequency == InstalmentFrequency.MONTHLY || frequency == InstalmentFrequency.ONE_OFF) {
      return monthly;
    }
    long yearly = Math.multiplyExact(monthly.pence(), 12L);
    long whole = yearly / frequency.perYear();
    boolean exact = yearly % frequency.perYear() == 0;
    return Money.ofPence(rounding == RoundingMode.UP && !exact ? whole + 1 : whole);
  }

  private static Money ceilDiv(Money amount, int parts) {
    return Money.ofPence(ceilDiv(amount, (long) parts));
  }

  private static long ceilDiv(Money amount, long divisor) {
    return -Math.floorDiv(-amount.pence(), divisor);
  }
}
