package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.homeownership.recovery.court.ClaimClosure;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.EnforcementOutcome;
import org.homeownership.recovery.court.ImmutableCountyCourtClaim;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.court.TribunalApplicant;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedCharge;
import org.homeownership.recovery.recoverycase.gate.ClaimableBalance;
import org.homeownership.recovery.recoverycase.gate.CourtProceedingsGate;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The court proceedings gate (LAW-AND-PRACTICE.md §1.7, §6, §8): judgments netted off what may be
 * claimed; no second claim or tribunal application for the same debt while one is live; enforcement
 * only on a judgment in default. One row per case, with the day before, on and after each date.
 */
class CourtProceedingsGateTest {

  private static final CourtProceedingsGate GATE = new CourtProceedingsGate();
  private static final String CLAIMABLE = "claimable balance, judgments netted off (§6.2, §8)";
  private static final String NO_LIVE_CLAIM = "no live county court claim for the same debt (§6.4)";
  private static final String UNDETERMINED =
      "charges not determined by a court or the tribunal (s.27A(4), §1.7)";
  private static final String NO_LIVE_APPLICATION =
      "no live tribunal application about the same charges (§1.7)";

  /** Charges 1 (£500, due 1 Jan), 2 (£400, due 1 Feb) and 3 (£300, due 1 Apr 2025). */
  private static ArrearsPosition position(String asOf) {
    return new ArrearsPosition(
        d(asOf),
        ImmutableList.of(
            charge(1, "2025-01-01", "500.00"),
            charge(2, "2025-02-01", "400.00"),
            charge(3, "2025-04-01", "300.00")));
  }

  private static CountedCharge charge(long id, String due, String amount) {
    return new CountedCharge(
        EntryId.of(id), ChargeType.SERVICE_CHARGE, d(due), Money.parse(amount), Money.ZERO, false);
  }

  /** Claim K1 for charges 1 and 2, issued 1 May 2025. */
  private static ImmutableCountyCourtClaim claimK1() {
    return CountyCourtClaim.builder()
        .claimNumber(ClaimNumber.of("K1"))
        .issuedOn(d("2025-05-01"))
        .addCharges(EntryId.of(1), EntryId.of(2))
        .debt(Money.parse("900.00"))
        .fee(Money.parse("70.00"))
        .build();
  }

  private static Judgment judgment(String on, PaymentTerms terms) {
    return Judgment.of(
        d(on),
        JudgmentKind.DEFAULT,
        Money.parse("900.00"),
        Money.ZERO,
        Money.parse("70.00"),
        terms);
  }

  private static CourtCases judgedK1(String on) {
    return CourtCases.none()
        .withClaim(claimK1().withJudgment(judgment(on, new PaymentTerms.InFull(d("2025-07-01")))));
  }

  private static TribunalApplication application(
      Optional<TribunalDetermination> determination, Optional<String> withdrawn) {
    return TribunalApplication.builder()
        .caseReference("LON/00AA/LSC/2025/0001")
        .madeOn(d("2025-05-01"))
        .applicant(TribunalApplicant.LANDLORD)
        .addCharges(EntryId.of(1), EntryId.of(2), EntryId.of(3))
        .amountInIssue(Money.parse("1200.00"))
        .determination(determination)
        .withdrawnOn(withdrawn.map(Fixtures::d))
        .build();
  }

  private static TribunalDetermination determined(String on) {
    return new TribunalDetermination(
        d(on),
        Money.parse("1200.00"),
        ImmutableSet.of(EntryId.of(1), EntryId.of(2), EntryId.of(3)),
        Optional.empty());
  }

  record Row(
      String name,
      Function<ArrearsPosition, Function<CourtCases, GateResult>> gate,
      CourtCases cases,
      String asOf,
      boolean open,
      String deciding,
      String actual) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Function<ArrearsPosition, Function<CourtCases, GateResult>> claim() {
    return p -> c -> GATE.checkClaim(p, c);
  }

  private static Function<ArrearsPosition, Function<CourtCases, GateResult>> letter() {
    return p -> c -> GATE.checkLetterOfClaim(p, c);
  }

  private static Function<ArrearsPosition, Function<CourtCases, GateResult>> tribunal() {
    return p -> c -> GATE.checkTribunal(p, c);
  }

  static Stream<Row> rows() {
    CourtCases liveK1 = CourtCases.none().withClaim(claimK1());
    CourtCases discontinued =
        CourtCases.none()
            .withClaim(
                claimK1()
                    .withClosure(
                        new ClaimClosure(d("2025-06-01"), ClaimClosure.Kind.DISCONTINUED)));
    return Stream.of(
        new Row(
            "claim: nothing recorded",
            claim(),
            CourtCases.none(),
            "2025-06-01",
            true,
            CLAIMABLE,
            "counted £1,200.00 less £0.00 covered by judgment = £1,200.00"),
        new Row(
            "claim: K1 issued the day after",
            claim(),
            liveK1,
            "2025-04-30",
            true,
            NO_LIVE_CLAIM,
            "none"),
        new Row(
            "claim: K1 issued on the day",
            claim(),
            liveK1,
            "2025-05-01",
            false,
            NO_LIVE_CLAIM,
            "[K1 issued 2025-05-01]"),
        new Row(
            "claim: K1 issued the day before",
            claim(),
            liveK1,
            "2025-05-02",
            false,
            NO_LIVE_CLAIM,
            "[K1 issued 2025-05-01]"),
        new Row(
            "claim: K1 discontinued the day after",
            claim(),
            discontinued,
            "2025-05-31",
            false,
            NO_LIVE_CLAIM,
            "[K1 issued 2025-05-01]"),
        new Row(
            "claim: K1 discontinued on the day",
            claim(),
            discontinued,
            "2025-06-01",
            true,
            NO_LIVE_CLAIM,
            "none"),
        new Row(
            "claim: judgment on K1 the day after: still live",
            claim(),
            judgedK1("2025-06-10"),
            "2025-06-09",
            false,
            NO_LIVE_CLAIM,
            "[K1 issued 2025-05-01]"),
        new Row(
            "claim: judgment on K1 nets off £900",
            claim(),
            judgedK1("2025-06-10"),
            "2025-06-10",
            true,
            CLAIMABLE,
            "counted £1,200.00 less £900.00 covered by judgment in [K1] = £300.00"),
        new Row(
            "letter of claim: judgment nets off £900",
            letter(),
            judgedK1("2025-06-10"),
            "2025-06-11",
            true,
            CLAIMABLE,
            "counted £1,200.00 less £900.00 covered by judgment in [K1] = £300.00"),
        new Row(
            "tribunal: nothing recorded",
            tribunal(),
            CourtCases.none(),
            "2025-06-01",
            true,
            UNDETERMINED,
            "£1,200.00 in 3 charges (£0.00 covered by judgment)"),
        new Row(
            "tribunal: a judgment determined charges 1 and 2",
            tribunal(),
            judgedK1("2025-06-10"),
            "2025-06-10",
            true,
            UNDETERMINED,
            "£300.00 in 1 charges (£900.00 covered by judgment)"),
        new Row(
            "tribunal: application made on the day",
            tribunal(),
            CourtCases.none()
                .withTribunalApplication(application(Optional.empty(), Optional.empty())),
            "2025-05-01",
            false,
            NO_LIVE_APPLICATION,
            "[LON/00AA/LSC/2025/0001 made 2025-05-01]"),
        new Row(
            "tribunal: application made the day after",
            tribunal(),
            CourtCases.none()
                .withTribunalApplication(application(Optional.empty(), Optional.empty())),
            "2025-04-30",
            true,
            NO_LIVE_APPLICATION,
            "none"),
        new Row(
            "tribunal: determined the day after: still live",
            tribunal(),
            CourtCases.none()
                .withTribunalApplication(
                    application(Optional.of(determined("2025-09-01")), Optional.empty())),
            "2025-08-31",
            false,
            NO_LIVE_APPLICATION,
            "[LON/00AA/LSC/2025/0001 made 2025-05-01]"),
        new Row(
            "tribunal: determined on the day: nothing left to determine",
            tribunal(),
            CourtCases.none()
                .withTribunalApplication(
                    application(Optional.of(determined("2025-09-01")), Optional.empty())),
            "2025-09-01",
            false,
            UNDETERMINED,
            "£0.00 in 0 charges (£0.00 covered by judgment)"),
        new Row(
            "tribunal: withdrawn",
            tribunal(),
            CourtCases.none()
                .withTribunalApplication(application(Optional.empty(), Optional.of("2025-06-01"))),
            "2025-06-01",
            true,
            NO_LIVE_APPLICATION,
            "none"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void claimsAndApplications(Row row) {
    GateResult result = row.gate().apply(position(row.asOf())).apply(row.cases());

    assertThat(result.open()).isEqualTo(row.open());
    assertThat(result.earliestOpen()).isEmpty();
    assertThat(result.checks())
        .filteredOn(c -> c.name().equals(row.deciding()))
        .singleElement()
        .extracting(ConditionCheck::actual)
        .isEqualTo(row.actual());
  }

  @Test
  void everythingCoveredByJudgmentLeavesNothingToClaim() {
    ArrearsPosition onlyJudged =
        new ArrearsPosition(
            d("2025-06-10"),
            ImmutableList.of(charge(1, "2025-01-01", "500.00"), charge(2, "2025-02-01", "400.00")));

    GateResult letter = GATE.checkLetterOfClaim(onlyJudged, judgedK1("2025-06-10"));
    ClaimableBalance balance = ClaimableBalance.of(onlyJudged, judgedK1("2025-06-10"));

    assertThat(letter.open()).isFalse();
    assertThat(balance.claimable()).isEqualTo(Money.ZERO);
    assertThat(balance.coveredByJudgment()).isEqualTo(Money.parse("900.00"));
    assertThat(letter.describe())
        .isEqualTo(
            "gate Court claim for the same debt (LAW-AND-PRACTICE.md §6.2, §6.4, §8): closed\n"
                + "    [not met] claimable balance, judgments netted off (§6.2, §8): required more"
                + " than £0.00, actual counted £900.00 less £900.00 covered by judgment in [K1] ="
                + " £0.00");
  }

  record EnforcementRow(
      String name,
      CourtCases cases,
      EnforcementMethod method,
      String asOf,
      boolean open,
      Optional<String> earliest,
      String actual) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<EnforcementRow> enforcementRows() {
    CourtCases judged = judgedK1("2025-06-10");
    CourtCases paid =
        CourtCases.none()
            .withClaim(
                claimK1()
                    .withJudgment(
                        judgment("2025-06-10", new PaymentTerms.InFull(d("2025-07-01")))
                            .withPayment(d("2025-06-30"), Money.parse("970.00"))));
    EnforcementApplication warrant =
        new EnforcementApplication(
            ClaimNumber.of("K1"),
            EnforcementMethod.WARRANT_OF_CONTROL,
            d("2025-07-05"),
            Money.ZERO,
            Optional.empty());
    CourtCases pending = judged.withEnforcement(warrant);
    CourtCases refused =
        judged.withEnforcement(
            warrant.withOutcome(
                new EnforcementOutcome(
                    d("2025-07-20"), EnforcementOutcome.Kind.REFUSED, Money.ZERO)));
    String due = "judgment in K1 of 2025-06-10 in default (§8)";
    return Stream.of(
        new EnforcementRow(
            "no judgment",
            CourtCases.none().withClaim(claimK1()),
            EnforcementMethod.WARRANT_OF_CONTROL,
            "2025-07-02",
            false,
            Optional.empty(),
            "none"),
        new EnforcementRow(
            "in full by 1 July: the day before",
            judged,
            EnforcementMethod.ATTACHMENT_OF_EARNINGS,
            "2025-06-30",
            false,
            Optional.of("2025-07-02"),
            "due before 2025-06-30 £0.00, paid £0.00, unpaid £970.00"),
        new EnforcementRow(
            "in full by 1 July: on the day",
            judged,
            EnforcementMethod.ATTACHMENT_OF_EARNINGS,
            "2025-07-01",
            false,
            Optional.of("2025-07-02"),
            "due before 2025-07-01 £0.00, paid £0.00, unpaid £970.00"),
        new EnforcementRow(
            "in full by 1 July: the day after",
            judged,
            EnforcementMethod.CHARGING_ORDER,
            "2025-07-02",
            true,
            Optional.empty(),
            "due before 2025-07-02 £970.00, paid £0.00, unpaid £970.00"),
        new EnforcementRow(
            "paid in full",
            paid,
            EnforcementMethod.CHARGING_ORDER,
            "2025-07-02",
            false,
            Optional.empty(),
            "due before 2025-07-02 £970.00, paid £970.00, unpaid £0.00"),
        new EnforcementRow(
            "a warrant awaiting its outcome",
            pending,
            EnforcementMethod.WARRANT_OF_CONTROL,
            "2025-07-10",
            false,
            Optional.empty(),
            "due before 2025-07-10 £970.00, paid £0.00, unpaid £970.00"),
        new EnforcementRow(
            "another method while a warrant is pending",
            pending,
            EnforcementMethod.ATTACHMENT_OF_EARNINGS,
            "2025-07-10",
            true,
            Optional.empty(),
            "due before 2025-07-10 £970.00, paid £0.00, unpaid £970.00"),
        new EnforcementRow(
            "a warrant refused the day before",
            refused,
            EnforcementMethod.WARRANT_OF_CONTROL,
            "2025-07-20",
            true,
            Optional.empty(),
            "due before 2025-07-20 £970.00, paid £0.00, unpaid £970.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enforcementRows")
  void enforcementNeedsAJudgmentInDefault(EnforcementRow row) {
    GateResult result = GATE.checkEnforcement(row.cases(), row.method(), d(row.asOf()));

    assertThat(result.open()).isEqualTo(row.open());
    assertThat(result.earliestOpen().map(Object::toString)).isEqualTo(row.earliest());
    assertThat(result.checks().get(0).actual()).isEqualTo(row.actual());
    assertThat(result.citation()).isEqualTo("LAW-AND-PRACTICE.md §8");
  }
}
