package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.court.ClaimClosure;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.CourtFees;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.EnforcementOutcome;
import org.homeownership.recovery.court.Hearing;
import org.homeownership.recovery.court.InstalmentFrequency;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.court.TribunalApplicant;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.interest.InterestBasis;
import org.homeownership.recovery.interest.InterestExclusion;
import org.homeownership.recovery.interest.ParticularsOfInterest;
import org.homeownership.recovery.interest.RatePeriod;
import org.homeownership.recovery.interest.SimpleInterest;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * An account's court and tribunal cases with every field filled in, worked out with the core's own
 * interest and fee rules, for round trips.
 */
final class CourtFixtures {

  /** The day the first claim was issued. */
  static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);

  /** The debt of the first claim: £1,850.00. */
  static final Money DEBT = Money.parse("1850.00");

  private static final CourtFees FEES = new CourtFees(CourtFees.moneyClaims());

  private CourtFixtures() {}

  /**
   * s.69 interest at 8% on £1,850.00 from 1 October 2024 to the issue date, less a breathing space
   * from 2 to 31 December 2024: 160 days less 30, so £1,850.00 × 8% × 130 ÷ 365 = £52.71, daily
   * rate £0.41 (LAW-AND-PRACTICE.md §6.5, §7.4).
   */
  static ParticularsOfInterest interest() {
    return SimpleInterest.section69()
        .on(
            DEBT,
            LocalDate.of(2024, 10, 1),
            ISSUED,
            List.of(
                InterestExclusion.breathingSpace(
                    LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 31))));
  }

  /**
   * A judgment in default on 7 April 2025 for the debt, the interest to that day (£52.71 and 28
   * days at £0.41: £64.19) and the issue fee as costs, payable at £150.00 a month from 7 May 2025,
   * with two payments made.
   */
  static Judgment judgmentInDefault() {
    LocalDate on = LocalDate.of(2025, 4, 7);
    Money fee = FEES.issueFee(DEBT, interest().total(), ISSUED).fee();
    return Judgment.of(
            on,
            JudgmentKind.DEFAULT,
            DEBT,
            interest().totalTo(on),
            fee,
            new PaymentTerms.Instalments(
                Money.parse("150.00"), InstalmentFrequency.MONTHLY, LocalDate.of(2025, 5, 7)))
        .withPayment(LocalDate.of(2025, 5, 6), Money.parse("150.00"))
        .withPayment(LocalDate.of(2025, 6, 9), Money.parse("150.00"));
  }

  /**
   * Three claims (one with interest, two hearings and a judgment in default under instalment terms;
   * one with a judgment in full after a hearing and interest under the lease split at a rate
   * change; one discontinued), two tribunal applications (one finally determined, one withdrawn)
   * and two enforcement applications (one with its outcome, one pending). {@code reference} (at
   * most 240 characters) starts the claim numbers and tribunal references; {@code text} is in every
   * hearing's purpose.
   */
  static CourtCases full(String reference, String text) {
    ClaimNumber first = ClaimNumber.of(reference + "/1");
    ClaimNumber second = ClaimNumber.of(reference + "/2");
    CountyCourtClaim withJudgment =
        CountyCourtClaim.builder()
            .claimNumber(first)
            .issuedOn(ISSUED)
            .addCharges(EntryId.of(11), EntryId.of(12))
            .debt(DEBT)
            .interest(interest())
            .fee(FEES.issueFee(DEBT, interest().total(), ISSUED).fee())
            .addHearings(
                new Hearing(LocalDate.of(2025, 5, 14), "set-aside application: " + text),
                new Hearing(LocalDate.of(2025, 6, 20), text))
            .judgment(judgmentInDefault())
            .build();
    ParticularsOfInterest leaseInterest = leaseInterest();
    Money leaseDebt = Money.parse("420.00");
    CountyCourtClaim inFull =
        CountyCourtClaim.builder()
            .claimNumber(second)
            .issuedOn(LocalDate.of(2024, 1, 15))
            .addCharges(EntryId.of(5))
            .debt(leaseDebt)
            .interest(leaseInterest)
            .fee(FEES.issueFee(leaseDebt, leaseInterest.total(), LocalDate.of(2024, 1, 15)).fee())
            .addHearings(new Hearing(LocalDate.of(2024, 4, 2), "small claims hearing " + text))
            .judgment(
                Judgment.of(
                        LocalDate.of(2024, 4, 2),
                        JudgmentKind.AFTER_HEARING,
                        leaseDebt,
                        leaseInterest.totalTo(LocalDate.of(2024, 4, 2)),
                        Money.parse("50.00"),
                        new PaymentTerms.InFull(LocalDate.of(2024, 4, 16)))
                    .withPayment(LocalDate.of(2024, 4, 15), Money.parse("485.99")))
            .build();
    CountyCourtClaim discontinued =
        CountyCourtClaim.builder()
            .claimNumber(ClaimNumber.of(reference + "/3"))
            .issuedOn(LocalDate.of(2023, 9, 4))
            .debt(Money.parse("75.10"))
            .fee(Money.parse("35.00"))
            .closure(new ClaimClosure(LocalDate.of(2023, 10, 2), ClaimClosure.Kind.DISCONTINUED))
            .build();
    TribunalApplication determined =
        TribunalApplication.builder()
            .caseReference(reference + "/LSC/1")
            .madeOn(LocalDate.of(2025, 2, 3))
            .applicant(TribunalApplicant.TENANT)
            .addCharges(EntryId.of(13), EntryId.of(14))
            .amountInIssue(Money.parse("2400.00"))
            .addHearings(new Hearing(LocalDate.of(2025, 6, 3), "final hearing " + text))
            .determination(
                new TribunalDetermination(
                    LocalDate.of(2025, 7, 15),
                    Money.parse("2150.00"),
                    ImmutableSet.of(EntryId.of(14)),
                    Optional.of(LocalDate.of(2025, 8, 12))))
            .build();
    TribunalApplication withdrawn =
        TribunalApplication.builder()
            .caseReference(reference + "/LSC/2")
            .madeOn(LocalDate.of(2025, 8, 1))
            .applicant(TribunalApplicant.LANDLORD)
            .amountInIssue(Money.ZERO)
            .withdrawnOn(LocalDate.of(2025, 8, 20))
            .build();
    // the enforcement fees are amounts an officer entered for the test, not court fees: the
    // current enforcement fees are UNCONFIRMED (LAW-AND-PRACTICE.md §8)
    EnforcementApplication attachment =
        new EnforcementApplication(
            first,
            EnforcementMethod.ATTACHMENT_OF_EARNINGS,
            LocalDate.of(2025, 7, 20),
            Money.parse("123.45"),
            Optional.of(
                new EnforcementOutcome(
                    LocalDate.of(2025, 8, 28),
                    EnforcementOutcome.Kind.ORDER_MADE,
                    Money.parse("0.00"))));
    EnforcementApplication warrant =
        new EnforcementApplication(
            first,
            EnforcementMethod.WARRANT_OF_CONTROL,
            LocalDate.of(2025, 9, 1),
            Money.parse("67.89"),
            Optional.empty());
    return new CourtCases(
        ImmutableList.of(withJudgment, inFull, discontinued),
        ImmutableList.of(determined, withdrawn),
        ImmutableList.of(attachment, warrant));
  }

  /**
   * Interest under a lease clause on £420.00 from 1 October 2023 to 15 January 2024, at a rate that
   * moved from 7.25% to 7.5% on 1 December 2023 (the rates are test figures, given as the officer
   * entered them), rounded half even: two rate periods of 61 and 45 days.
   */
  static ParticularsOfInterest leaseInterest() {
    Money principal = Money.parse("420.00");
    LocalDate from = LocalDate.of(2023, 10, 1);
    LocalDate change = LocalDate.of(2023, 12, 1);
    LocalDate to = LocalDate.of(2024, 1, 15);
    return new ParticularsOfInterest(
        InterestBasis.CONTRACTUAL_LEASE,
        principal,
        new BigDecimal("7.50"),
        from,
        to,
        106,
        ImmutableList.of(),
        0,
        ImmutableList.of(
            new RatePeriod(
                new org.homeownership.recovery.calendar.DateRange(from, change),
                new BigDecimal("7.25"),
                61),
            new RatePeriod(
                new org.homeownership.recovery.calendar.DateRange(change, to),
                new BigDecimal("7.5"),
                45)),
        // 420 × (7.25 × 61 + 7.5 × 45) ÷ 36500 = 420 × 779.75 ÷ 36500 = 8.9724…
        Money.parse("8.97"),
        // 420 × 7.5 ÷ 36500 = 0.0863…
        Money.parse("0.09"),
        RoundingMode.HALF_EVEN);
  }
}
