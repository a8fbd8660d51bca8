package org.homeownership.recovery.examples.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.court.ClaimClosure;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.EnforcementOutcome;
import org.homeownership.recovery.court.Hearing;
import org.homeownership.recovery.court.InstalmentFrequency;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.JudgmentPayment;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.court.TribunalApplicant;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.ClaimDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.DeterminationDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.EnforcementDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.HearingDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.JudgmentDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.JudgmentPaymentDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.TribunalDoc;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An account's {@code courtCases}: county court claims (core {@code court}) with the charges they
 * claim, named by their entry references, and any judgment with its payment terms and the payments
 * made towards it, its hearings and closure (format 2); the account's {@code tribunalApplications}
 * (format 2) with their determinations; and its {@code enforcements} of a judgment (format 2), each
 * on one of its claims. Interest particulars are not in the format yet.
 */
final class CourtCaseInput {

  private CourtCaseInput() {}

  /** Reads one claim at {@code path} onto {@code parts}, or adds the problems it has. */
  static void claim(
      FieldPath path, ClaimDoc c, ScenarioTranslator.AccountParts parts, ScenarioTranslator t) {
    Problems problems = t.problems();
    String number = t.required(path.field("claimNumber"), c.claimNumber());
    LocalDate issuedOn = t.date(path.field("issuedOn"), c.issuedOn(), true);
    Money debt = t.money(path.field("debt"), c.debt(), true);
    Money fee = t.money(path.field("fee"), c.fee(), false);
    Set<EntryId> charges = new LinkedHashSet<>();
    boolean chargesGood = c.charges() != null && !c.charges().isEmpty();
    if (c.charges() == null || c.charges().isEmpty()) {
      problems.add(path.field("charges"), "is required: the references of the charges claimed");
    } else {
      for (int i = 0; i < c.charges().size(); i++) {
        String reference = c.charges().get(i);
        PostedEntry entry = reference == null ? null : parts.byReference.get(reference);
        if (entry == null) {
          chargesGood = false;
          problems.add(
              path.field("charges").index(i),
              "no entry on account " + parts.account.id() + " has reference '" + reference + "'");
        } else {
          charges.add(entry.id());
        }
      }
    }
    Judgment judgment =
        c.judgment() == null ? null : judgment(path.field("judgment"), c.judgment(), t);
    List<Hearing> hearings = hearings(path.field("hearings"), c.hearings(), t);
    ClaimClosure closure = null;
    if (c.closure() != null) {
      FieldPath at = path.field("closure");
      LocalDate on = t.date(at.field("on"), c.closure().on(), true);
      ClaimClosure.Kind kind =
          t.enumOf(at.field("kind"), c.closure().kind(), ClaimClosure.Kind.class, true);
      if (on != null && kind != null) {
        closure = problems.attempt(at, () -> new ClaimClosure(on, kind));
      }
    }
    if (number == null
        || issuedOn == null
        || debt == null
        || !chargesGood
        || hearings == null
        || (c.judgment() != null && judgment == null)
        || (c.closure() != null && closure == null)) {
      return;
    }
    ClaimClosure closed = closure;
    CountyCourtClaim claim =
        problems.attempt(
            path,
            () -> {
              org.homeownership.recovery.court.ImmutableCountyCourtClaim.Builder b =
                  CountyCourtClaim.builder()
                      .claimNumber(ClaimNumber.of(number))
                      .issuedOn(issuedOn)
                      .charges(charges)
                      .debt(debt)
                      .fee(fee == null ? Money.ZERO : fee)
                      .hearings(hearings);
              if (judgment != null) {
                b.judgment(judgment);
              }
              if (closed != null) {
                b.closure(closed);
              }
              return (CountyCourtClaim) b.build();
            });
    if (claim != null) {
      problems.attempt(path, () -> parts.courtCases = parts.courtCases.withClaim(claim));
    }
  }

  /**
   * Reads one tribunal application at {@code path} onto {@code parts}, or adds the problems it has.
   */
  static void tribunal(
      FieldPath path, TribunalDoc d, ScenarioTranslator.AccountParts parts, ScenarioTranslator t) {
    Problems problems = t.problems();
    String reference = t.required(path.field("caseReference"), d.caseReference());
    LocalDate madeOn = t.date(path.field("madeOn"), d.madeOn(), true);
    TribunalApplicant applicant =
        t.enumOf(path.field("applicant"), d.applicant(), TribunalApplicant.class, true);
    Set<EntryId> charges = charges(path.field("charges"), d.charges(), parts, t, true);
    Money amount = t.money(path.field("amountInIssue"), d.amountInIssue(), true);
    List<Hearing> hearings = hearings(path.field("hearings"), d.hearings(), t);
    LocalDate withdrawnOn = t.date(path.field("withdrawnOn"), d.withdrawnOn(), false);
    TribunalDetermination determination = null;
    if (d.determination() != null) {
      FieldPath at = path.field("determination");
      DeterminationDoc doc = d.determination();
      LocalDate decidedOn = t.date(at.field("decidedOn"), doc.decidedOn(), true);
      Money payable = t.money(at.field("amountFoundPayable"), doc.amountFoundPayable(), true);
      Set<EntryId> found =
          charges(at.field("chargesFoundPayable"), doc.chargesFoundPayable(), parts, t, false);
      LocalDate finalOn = t.date(at.field("finalOn"), doc.finalOn(), false);
      if (decidedOn != null && payable != null && found != null) {
        determination =
            problems.attempt(
                at,
                () ->
                    new TribunalDetermination(
                        decidedOn,
                        payable,
                        ImmutableSet.copyOf(found),
                        Optional.ofNullable(finalOn)));
      }
    }
    if (reference == null
        || madeOn == null
        || applicant == null
        || charges == null
        || amount == null
        || hearings == null
        || (d.determination() != null && determination == null)
        || (d.withdrawnOn() != null && withdrawnOn == null)) {
      return;
    }
    TribunalDetermination decided = determination;
    TribunalApplication application =
        problems.attempt(
            path,
            () -> {
              org.homeownership.recovery.court.ImmutableTribunalApplication.Builder b =
                  TribunalApplication.builder()
                      .caseReference(reference)
                      .madeOn(madeOn)
                      .applicant(applicant)
                      .charges(charges)
                      .amountInIssue(amount)
                      .hearings(hearings);
              if (decided != null) {
                b.determination(decided);
              }
              if (withdrawnOn != null) {
                b.withdrawnOn(withdrawnOn);
              }
              return (TribunalApplication) b.build();
            });
    if (application != null) {
      problems.attempt(
          path, () -> parts.courtCases = parts.courtCases.withTribunalApplication(application));
    }
  }

  /**
   * Reads one enforcement application at {@code path} onto {@code parts}, or adds the problems it
   * has. Its claim must be one of the account's {@code courtCases}.
   */
  static void enforcement(
      FieldPath path,
      EnforcementDoc d,
      ScenarioTranslator.AccountParts parts,
      ScenarioTranslator t) {
    Problems problems = t.problems();
    String number = t.required(path.field("claimNumber"), d.claimNumber());
    EnforcementMethod method =
        t.enumOf(path.field("method"), d.method(), EnforcementMethod.class, true);
    LocalDate appliedOn = t.date(path.field("appliedOn"), d.appliedOn(), true);
    Money fee = t.money(path.field("fee"), d.fee(), false);
    EnforcementOutcome outcome = null;
    if (d.outcome() != null) {
      FieldPath at = path.field("outcome");
      LocalDate on = t.date(at.field("on"), d.outcome().on(), true);
      EnforcementOutcome.Kind kind =
          t.enumOf(at.field("kind"), d.outcome().kind(), EnforcementOutcome.Kind.class, true);
      Money recovered = t.money(at.field("recovered"), d.outcome().recovered(), false);
      if (on != null && kind != null) {
        outcome =
            problems.attempt(
                at,
                () -> new EnforcementOutcome(on, kind, recovered == null ? Money.ZERO : recovered));
      }
    }
    if (number != null && parts.courtCases.claim(ClaimNumber.of(number)).isEmpty()) {
      problems.add(
          path.field("claimNumber"),
          "no claim on account "
              + parts.account.id()
              + " has claim number '"
              + number
              + "' (see its courtCases)");
      return;
    }
    if (number == null
        || method == null
        || appliedOn == null
        || (d.fee() != null && fee == null)
        || (d.outcome() != null && outcome == null)) {
      return;
    }
    EnforcementOutcome result = outcome;
    EnforcementApplication application =
        problems.attempt(
            path,
            () ->
                new EnforcementApplication(
                    ClaimNumber.of(number),
                    method,
                    appliedOn,
                    fee == null ? Money.ZERO : fee,
                    Optional.ofNullable(result)));
    if (application != null) {
      problems.attempt(
          path, () -> parts.courtCases = parts.courtCases.withEnforcement(application));
    }
  }

  /** The hearings at {@code path}; none if absent; null if any has a problem (recorded). */
  private static @Nullable List<Hearing> hearings(
      FieldPath path, @Nullable List<HearingDoc> docs, ScenarioTranslator t) {
    List<Hearing> hearings = new ArrayList<>();
    if (docs == null) {
      return hearings;
    }
    boolean good = true;
    for (int i = 0; i < docs.size(); i++) {
      HearingDoc h = docs.get(i);
      FieldPath at = path.index(i);
      if (h == null) {
        t.problems().add(at, "is required: a hearing with on and purpose");
        good = false;
        continue;
      }
      LocalDate on = t.date(at.field("on"), h.on(), true);
      String purpose = t.required(at.field("purpose"), h.purpose());
      Hearing hearing =
          on == null || purpose == null
              ? null
              : t.problems().attempt(at, () -> new Hearing(on, purpose));
      if (hearing == null) {
        good = false;
      } else {
        hearings.add(hearing);
      }
    }
    return good ? hearings : null;
  }

  /**
   * The charges named by their references at {@code path}, each an entry on the account; null if
   * any is not (recorded), or if none is given and {@code required}.
   */
  private static @Nullable Set<EntryId> charges(
      FieldPath path,
      @Nullable List<String> references,
      ScenarioTranslator.AccountParts parts,
      ScenarioTranslator t,
      boolean required) {
    Set<EntryId> charges = new LinkedHashSet<>();
    if (references == null || references.isEmpty()) {
      if (required) {
        t.problems().add(path, "is required: the references of the charges in issue");
        return null;
      }
      return charges;
    }
    boolean good = true;
    for (int i = 0; i < references.size(); i++) {
      String reference = references.get(i);
      PostedEntry entry = reference == null ? null : parts.byReference.get(reference);
      if (entry == null) {
        good = false;
        t.problems()
            .add(
                path.index(i),
                "no entry on account " + parts.account.id() + " has reference '" + reference + "'");
      } else {
        charges.add(entry.id());
      }
    }
    return good ? charges : null;
  }

  private static @Nullable Judgment judgment(FieldPath path, JudgmentDoc j, ScenarioTranslator t) {
    Problems problems = t.problems();
    LocalDate on = t.date(path.field("on"), j.on(), true);
    JudgmentKind kind = t.enumOf(path.field("kind"), j.kind(), JudgmentKind.class, true);
    Money debt = t.money(path.field("debt"), j.debt(), true);
    Money interest = t.money(path.field("interest"), j.interest(), false);
    Money costs = t.money(path.field("costs"), j.costs(), false);
    PaymentTerms terms = null;
    if (j.payBy() != null) {
      LocalDate payBy = t.date(path.field("payBy"), j.payBy(), true);
      if (j.instalment() != null) {
        problems.add(path.field("instalment"), "give either payBy or instalments, not both");
      } else if (payBy != null) {
        terms = new PaymentTerms.InFull(payBy);
      }
    } else if (j.instalment() != null) {
      Money amount = t.money(path.field("instalment"), j.instalment(), true);
      InstalmentFrequency frequency =
          t.enumOf(path.field("frequency"), j.frequency(), InstalmentFrequency.class, true);
      LocalDate firstDue = t.date(path.field("firstDue"), j.firstDue(), true);
      if (amount != null && frequency != null && firstDue != null) {
        terms =
            problems.attempt(
                path.field("instalment"),
                () -> new PaymentTerms.Instalments(amount, frequency, firstDue));
      }
    } else {
      problems.add(path, "payment terms are required: payBy, or instalment, frequency, firstDue");
    }
    List<JudgmentPayment> payments = new ArrayList<>();
    boolean paymentsGood = true;
    if (j.payments() != null) {
      for (int i = 0; i < j.payments().size(); i++) {
        JudgmentPaymentDoc p = j.payments().get(i);
        FieldPath at = path.field("payments").index(i);
        LocalDate paidOn = p == null ? null : t.date(at.field("on"), p.on(), true);
        Money amount = p == null ? null : t.money(at.field("amount"), p.amount(), true);
        if (paidOn == null || amount == null) {
          paymentsGood = false;
          continue;
        }
        JudgmentPayment payment = problems.attempt(at, () -> new JudgmentPayment(paidOn, amount));
        if (payment == null) {
          paymentsGood = false;
        } else {
          payments.add(payment);
        }
      }
    }
    if (on == null || kind == null || debt == null || terms == null || !paymentsGood) {
      return null;
    }
    PaymentTerms chosen = terms;
    return problems.attempt(
        path,
        () ->
            new Judgment(
                on,
                kind,
                debt,
                interest == null ? Money.ZERO : interest,
                costs == null ? Money.ZERO : costs,
                chosen,
                ImmutableList.copyOf(payments)));
  }
}
