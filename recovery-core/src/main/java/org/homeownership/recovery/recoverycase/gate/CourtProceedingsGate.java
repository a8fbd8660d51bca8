package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * What the court and tribunal record allows (LAW-AND-PRACTICE.md §1.7, §6, §8):
 *
 * <ul>
 *   <li><b>Letter of claim and county court claim</b>: something must be left to claim once the
 *       debt covered by a judgment is netted off ({@link ClaimableBalance}); and no county court
 *       claim while a claim for the same debt (a claimed charge still claimable) is live — issued,
 *       with neither judgment nor an end.
 *   <li><b>Tribunal application</b> (LTA 1985 s.27A, §1.7): no application about a matter a court
 *       has determined (s.27A(4)), so charges covered by a judgment or already determined by the
 *       tribunal are left out; something must remain; and none while an application about the same
 *       charges is live.
 *   <li><b>Enforcement</b> (§8): attachment of earnings, a charging order or a warrant of control
 *       needs a judgment given by the date whose payment terms are in default, with something
 *       unpaid, and no application by the same method on it still awaiting an outcome.
 * </ul>
 *
 * <p>A breathing space forbids enforcement and new proceedings (§7.4); the engine applies it as a
 * hold before any gate.
 */
public final class CourtProceedingsGate {

  /** The gate's name before a letter of claim or a county court claim. */
  public static final String CLAIM = "Court claim for the same debt";

  /** The gate's name before a tribunal application. */
  public static final String TRIBUNAL = "Tribunal application (s.27A)";

  /** The gate's name before enforcement. */
  public static final String ENFORCEMENT = "Enforcement of a judgment";

  /** The citation of the claim gate. */
  public static final String CLAIM_CITATION = "LAW-AND-PRACTICE.md §6.2, §6.4, §8";

  /** The citation of the tribunal gate. */
  public static final String TRIBUNAL_CITATION = "LTA 1985 s.27A(4); LAW-AND-PRACTICE.md §1.7";

  /** The citation of the enforcement gate. */
  public static final String ENFORCEMENT_CITATION = "LAW-AND-PRACTICE.md §8";

  /** A gate; it has no figures of its own. */
  public CourtProceedingsGate() {}

  /** Whether a letter of claim may go on {@code position}'s date: something left to claim. */
  public GateResult checkLetterOfClaim(ArrearsPosition position, CourtCases cases) {
    ClaimableBalance balance = ClaimableBalance.of(position, cases);
    ConditionCheck something = claimable(balance);
    return new GateResult(
        CLAIM, CLAIM_CITATION, something.met(), ImmutableList.of(something), Optional.empty());
  }

  /**
   * Whether a county court claim may be issued on {@code position}'s date: something left to claim
   * and no live claim for the same debt.
   */
  public GateResult checkClaim(ArrearsPosition position, CourtCases cases) {
    LocalDate asOf = position.asOf();
    ClaimableBalance balance = ClaimableBalance.of(position, cases);
    ConditionCheck something = claimable(balance);
    ImmutableSet<EntryId> claimable = balance.claimableChargeIds();
    ImmutableList<CountyCourtClaim> live =
        cases.liveClaimsOn(asOf).stream()
            .filter(c -> !Sets.intersection(c.charges(), claimable).isEmpty())
            .collect(ImmutableList.toImmutableList());
    ConditionCheck noLive =
        ConditionCheck.of(
            "no live county court claim for the same debt (§6.4)",
            "none issued and not yet ended",
            live.isEmpty()
                ? "none"
                : live.stream()
                    .map(c -> c.claimNumber() + " issued " + c.issuedOn())
                    .toList()
                    .toString(),
            live.isEmpty());
    return new GateResult(
        CLAIM,
        CLAIM_CITATION,
        something.met() && noLive.met(),
        ImmutableList.of(something, noLive),
        Optional.empty());
  }

  /**
   * Whether an application to the tribunal may be made on {@code position}'s date: charges left
   * that no court or tribunal has determined, and no live application about them.
   */
  public GateResult checkTribunal(ArrearsPosition position, CourtCases cases) {
    LocalDate asOf = position.asOf();
    ClaimableBalance balance = ClaimableBalance.of(position, cases);
    Set<EntryId> determined =
        cases.tribunalApplications().stream()
            .flatMap(a -> a.determination().stream())
            .filter(d -> !d.decidedOn().isAfter(asOf))
            .flatMap(d -> d.chargesFoundPayable().stream())
            .collect(ImmutableSet.toImmutableSet());
    ImmutableSet<EntryId> open =
        Sets.difference(balance.claimableChargeIds(), determined).immutableCopy();
    String openAmount =
        balance.claimableCharges().stream()
            .filter(c -> open.contains(c.id()))
            .map(c -> c.counted())
            .reduce(Money.ZERO, Money::plus)
            .format();
    ConditionCheck undetermined =
        ConditionCheck.of(
            "charges not determined by a court or the tribunal (s.27A(4), §1.7)",
            "some counted charge left",
            openAmount
                + " in "
                + open.size()
                + " charges ("
                + balance.coveredByJudgment().format()
                + " covered by judgment)",
            !open.isEmpty());
    ImmutableList<TribunalApplication> live =
        cases.liveTribunalApplicationsOn(asOf).stream()
            .filter(a -> !Sets.intersection(a.charges(), open).isEmpty())
            .collect(ImmutableList.toImmutableList());
    ConditionCheck noLive =
        ConditionCheck.of(
            "no live tribunal application about the same charges (§1.7)",
            "none made and not yet determined or withdrawn",
            live.isEmpty()
                ? "none"
                : live.stream()
                    .map(a -> a.caseReference() + " made " + a.madeOn())
                    .toList()
                    .toString(),
            live.isEmpty());
    return new GateResult(
        TRIBUNAL,
        TRIBUNAL_CITATION,
        undetermined.met() && noLive.met(),
        ImmutableList.of(undetermined, noLive),
        Optional.empty());
  }

  /**
   * Whether enforcement by {@code method} may be applied for on {@code asOf}: a judgment given by
   * then whose payment terms are in default with something unpaid, and no application by the same
   * method on it awaiting an outcome. If no judgment is in default yet, the gate gives the first
   * day one would be if nothing more were paid.
   */
  public GateResult checkEnforcement(CourtCases cases, EnforcementMethod method, LocalDate asOf) {
    requireNonNull(cases, "cases");
    requireNonNull(method, "method");
    requireNonNull(asOf, "asOf");
    ImmutableList.Builder<ConditionCheck> checks = ImmutableList.builder();
    ImmutableList<CountyCourtClaim> judged = cases.judgmentsBy(asOf);
    if (judged.isEmpty()) {
      checks.add(
          ConditionCheck.of(
              "judgment obtained (§8)", "a county court judgment given by " + asOf, "none", false));
      return new GateResult(
          ENFORCEMENT, ENFORCEMENT_CITATION, false, checks.build(), Optional.empty());
    }
    boolean open = false;
    Optional<LocalDate> earliest = Optional.empty();
    for (CountyCourtClaim claim : judged) {
      Judgment judgment = claim.judgmentBy(asOf).orElseThrow();
      boolean unpaid = judgment.unpaidOn(asOf).isPositive();
      boolean inDefault = unpaid && judgment.inDefaultOn(asOf);
      checks.add(
          ConditionCheck.of(
              "judgment in " + claim.claimNumber() + " of " + judgment.on() + " in default (§8)",
              "payment terms (" + judgment.terms().describe() + ") not kept",
              "due before "
                  + asOf
                  + " "
                  + judgment.terms().dueBy(judgment.total(), asOf.minusDays(1)).format()
                  + ", paid "
                  + judgment.paidBy(asOf).format()
                  + ", unpaid "
                  + judgment.unpaidOn(asOf).format(),
              inDefault));
      if (!inDefault) {
        if (unpaid) {
          Optional<LocalDate> next = judgment.defaultsAfter(asOf);
          if (next.isPresent() && (earliest.isEmpty() || next.get().isBefore(earliest.get()))) {
            earliest = next;
          }
        }
        continue;
      }
      ImmutableList<String> pending =
          cases.pendingEnforcementsOn(claim.claimNumber(), asOf).stream()
              .filter(e -> e.method() == method)
              .map(e -> method + " applied " + e.appliedOn())
              .collect(ImmutableList.toImmutableList());
      checks.add(
          ConditionCheck.of(
              "no " + method + " application on " + claim.claimNumber() + " awaiting an outcome",
              "none pending",
              pending.isEmpty() ? "none" : pending.toString(),
              pending.isEmpty()));
      open |= pending.isEmpty();
    }
    return new GateResult(
        ENFORCEMENT,
        ENFORCEMENT_CITATION,
        open,
        checks.build(),
        open ? Optional.empty() : earliest);
  }

  private static ConditionCheck claimable(ClaimableBalance balance) {
    return ConditionCheck.of(
        "claimable balance, judgments netted off (§6.2, §8)",
        "more than £0.00",
        balance.describe(),
        balance.claimable().isPositive());
  }
}
