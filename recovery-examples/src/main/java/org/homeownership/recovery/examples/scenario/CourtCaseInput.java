package org.homeownership.recovery.examples.scenario;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.InstalmentFrequency;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.JudgmentPayment;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.ClaimDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.JudgmentDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.JudgmentPaymentDoc;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * An account's {@code courtCases}: county court claims (core {@code court}) with the charges they
 * claim, named by their entry references, and any judgment with its payment terms and the payments
 * made towards it. Hearings, closures, interest particulars, tribunal applications and enforcement
 * are not in format 1 yet.
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
    if (number == null
        || issuedOn == null
        || debt == null
        || !chargesGood
        || (c.judgment() != null && judgment == null)) {
      return;
    }
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
                      .fee(fee == null ? Money.ZERO : fee);
              if (judgment != null) {
                b.judgment(judgment);
              }
              return (CountyCourtClaim) b.build();
            });
    if (claim != null) {
      problems.attempt(path, () -> parts.courtCases = parts.courtCases.withClaim(claim));
    }
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
