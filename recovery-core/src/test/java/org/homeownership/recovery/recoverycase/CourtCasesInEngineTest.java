package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.ImmutableCountyCourtClaim;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.court.TribunalApplicant;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.interest.InterestExclusion;
import org.homeownership.recovery.interest.ParticularsOfInterest;
import org.homeownership.recovery.interest.SimpleInterest;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.gate.CourtProceedingsGate;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.gate.Section81Finding;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceFigures;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceRules;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;

/**
 * The engine with court and tribunal cases recorded: a letter of claim nets off a judgment; no
 * second claim while one is live; enforcement only on a judgment in default, and never in a
 * breathing space; a s.146 notice takes its s.81 final determination from a tribunal determination.
 * A council ladder: LETTER_OF_CLAIM, COUNTY_COURT_CLAIM, WARRANT_OF_CONTROL, and a separate
 * S146_NOTICE ladder for major works.
 */
class CourtCasesInEngineTest {

  private static Stage stage(String code, StageAction action) {
    return new Stage(
        StageReference.of(code),
        code,
        action,
        Optional.empty(),
        EntryConditions.of(Money.ofPence(1), 0),
        action.usuallyIssuesNotice(),
        false,
        "council policy under test");
  }

  private static final RecoveryPolicy POLICY =
      new RecoveryPolicy(
          "court",
          ImmutableMap.of(
              DebtStream.SERVICE_CHARGES,
              new StageLadder(
                  DebtStream.SERVICE_CHARGES,
                  ImmutableList.of(
                      stage("LETTER_OF_CLAIM", StageAction.LETTER_OF_CLAIM),
                      stage("CLAIM", StageAction.COUNTY_COURT_CLAIM),
                      stage("WARRANT", StageAction.WARRANT_OF_CONTROL),
                      stage("S146", StageAction.SECTION_146_NOTICE)),
                  Money.ZERO,
                  false)));

  /** Charges 1 (£500, 1 January 2025) and 2 (£400, 1 February 2025). */
  private static final Ledger LEDGER =
      ledger().charge("2025-01-01", "500.00").charge("2025-02-01", "400.00").build();

  private static RecoveryEngine engine() {
    return Fixtures.engine(POLICY);
  }

  private static ImmutableCountyCourtClaim claimK1() {
    return CountyCourtClaim.builder()
        .claimNumber(ClaimNumber.of("K1"))
        .issuedOn(d("2025-05-01"))
        .addCharges(EntryId.of(1))
        .debt(Money.parse("500.00"))
        .fee(Money.parse("50.00"))
        .build();
  }

  private static CourtCases judgedK1() {
    return CourtCases.none()
        .withClaim(
            claimK1()
                .withJudgment(
                    Judgment.of(
                        d("2025-06-10"),
                        JudgmentKind.DEFAULT,
                        Money.parse("500.00"),
                        Money.ZERO,
                        Money.parse("50.00"),
                        new PaymentTerms.InFull(d("2025-07-01")))));
  }

  private static RecoveryCase at(String stage, String since) {
    return Fixtures.fresh().entered(StageReference.of(stage), d(since));
  }

  @Test
  void aLetterBeforeActionNetsOffTheJudgmentAlreadyObtained() {
    CaseFile withJudgment = file(LEDGER, Fixtures.fresh()).courtCases(judgedK1()).build();

    Decision decision = engine().decide(withJudgment, d("2025-06-20"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(decision.position().counted()).isEqualTo(Money.parse("900.00"));
    assertThat(decision.gates())
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.describe())
                    .isEqualTo(
                        "gate Court claim for the same debt (LAW-AND-PRACTICE.md §6.2, §6.4, §8):"
                            + " open\n"
                            + "    [met] claimable balance, judgments netted off (§6.2, §8):"
                            + " required more than £0.00, actual counted £900.00 less £500.00"
                            + " covered by judgment in [K1] = £400.00"));
  }

  @Test
  void noLetterOfClaimWhenTheJudgmentCoversTheWholeDebt() {
    Ledger judgedOnly = ledger().charge("2025-01-01", "500.00").build();
    CaseFile file = file(judgedOnly, Fixtures.fresh()).courtCases(judgedK1()).build();

    Decision decision = engine().decide(file, d("2025-06-20"));

    assertThat(decision.outcome())
        .isEqualTo(
            new Outcome.GateClosed(
                POLICY.ladderFor(DebtStream.SERVICE_CHARGES).orElseThrow().stages().get(0),
                CourtProceedingsGate.CLAIM));
  }

  @Test
  void noSecondClaimWhileAClaimForTheSameDebtIsLive() {
    CaseFile file =
        file(LEDGER, at("LETTER_OF_CLAIM", "2025-03-01"))
            .letterOfClaim(
                org.homeownership.recovery.recoverycase.gate.LetterOfClaim.sent(d("2025-03-01")))
            .courtCases(CourtCases.none().withClaim(claimK1()))
            .build();

    Decision live = engine().decide(file, d("2025-05-01"));
    Decision beforeIssue = engine().decide(file, d("2025-04-30"));

    assertThat(live.kind()).isEqualTo(OutcomeKind.GATE_CLOSED);
    assertThat(live.gates())
        .extracting(g -> g.gate())
        .containsExactly(PreActionProtocolGate.NAME, CourtProceedingsGate.CLAIM);
    assertThat(((Outcome.GateClosed) live.outcome()).gate()).isEqualTo(CourtProceedingsGate.CLAIM);
    assertThat(beforeIssue.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void enforcementIsDueOnlyOnceTheJudgmentIsInDefault() {
    CaseFile file = file(LEDGER, at("CLAIM", "2025-05-01")).courtCases(judgedK1()).build();

    Decision onTheDay = engine().decide(file, d("2025-07-01"));
    Decision dayAfter = engine().decide(file, d("2025-07-02"));

    assertThat(onTheDay.kind()).isEqualTo(OutcomeKind.GATE_CLOSED);
    assertThat(onTheDay.earliestNextDue()).contains(d("2025-07-02"));
    assertThat(dayAfter.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(dayAfter.gates().get(0).checks().get(0).describe())
        .isEqualTo(
            "[met] judgment in K1 of 2025-06-10 in default (§8): required payment terms (in full by"
                + " 2025-07-01) not kept, actual due before 2025-07-02 £550.00, paid £0.00, unpaid"
                + " £550.00");
  }

  @Test
  void aBreathingSpaceStopsEnforcementOfAJudgmentInDefault() {
    BreathingSpaceOutcome.Started space =
        (BreathingSpaceOutcome.Started)
            new BreathingSpaceRules(BreathingSpaceFigures.statutory())
                .standard(d("2025-07-01"), d("2025-07-02"), List.of(), Fixtures.OFFICER);
    CaseFile file =
        file(LEDGER, at("CLAIM", "2025-05-01"))
            .courtCases(judgedK1())
            .addHolds(space.hold())
            .build();

    Decision decision = engine().decide(file, d("2025-07-10"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ON_HOLD);
    assertThat(decision.gates()).isEmpty();
  }

  @Test
  void aTribunalDeterminationGivesTheSection81FinalDetermination() {
    Ledger majorWorks =
        ledger().charge(ChargeType.MAJOR_WORKS, "2024-04-01", "5000.00", Optional.empty()).build();
    CourtCases determined =
        CourtCases.none()
            .withTribunalApplication(
                TribunalApplication.builder()
                    .caseReference("LON/00AA/LSC/2024/0009")
                    .madeOn(d("2024-09-01"))
                    .applicant(TribunalApplicant.LANDLORD)
                    .addCharges(EntryId.of(1))
                    .amountInIssue(Money.parse("5000.00"))
                    .determination(
                        new TribunalDetermination(
                            d("2025-01-10"),
                            Money.parse("5000.00"),
                            ImmutableSet.of(EntryId.of(1)),
                            Optional.of(d("2025-02-07"))))
                    .build());
    CaseFile file = file(majorWorks, at("WARRANT", "2025-01-01")).courtCases(determined).build();

    Decision dayBefore = engine().decide(file, d("2025-02-20"));
    Decision onTheDay = engine().decide(file, d("2025-02-21"));

    assertThat(dayBefore.kind()).isEqualTo(OutcomeKind.GATE_CLOSED);
    assertThat(dayBefore.gates().get(0).gate()).isEqualTo(ForfeitureGate.NAME);
    assertThat(dayBefore.earliestNextDue()).contains(d("2025-02-21"));
    assertThat(onTheDay.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(
            Section81Finding.of(
                determined.tribunalApplications().get(0).determination().orElseThrow()))
        .contains(
            new Section81Finding(
                ImmutableSet.of(EntryId.of(1)),
                Section81Finding.Kind.FINAL_DETERMINATION,
                d("2025-02-07")));
  }

  @Test
  void aDeterminationNotYetFinalGivesNoFinding() {
    assertThat(
            Section81Finding.of(
                new TribunalDetermination(
                    d("2025-01-10"),
                    Money.parse("1.00"),
                    ImmutableSet.of(EntryId.of(1)),
                    Optional.empty())))
        .isEmpty();
  }

  @Test
  void noInterestRunsOnAMoratoriumDebtDuringTheBreathingSpace() {
    BreathingSpaceOutcome.Started space =
        (BreathingSpaceOutcome.Started)
            new BreathingSpaceRules(BreathingSpaceFigures.statutory())
                .standard(d("2025-06-01"), d("2025-06-01"), List.of(), Fixtures.OFFICER);
    List<Hold> holds = List.of(space.hold());

    List<InterestExclusion> moratoriumDebt =
        InterestPauses.breathingSpaces(holds, d("2025-04-01"), d("2026-04-01"));
    List<InterestExclusion> ongoingLiability =
        InterestPauses.breathingSpaces(holds, d("2025-06-02"), d("2026-04-01"));
    ParticularsOfInterest interest =
        SimpleInterest.section69()
            .on(Money.parse("1000.00"), d("2025-04-01"), d("2026-04-01"), moratoriumDebt);

    // Registered 1 June, so in force 2 June to 31 July: 60 days with no interest.
    assertThat(moratoriumDebt)
        .singleElement()
        .satisfies(e -> assertThat(e.days().days()).isEqualTo(60));
    assertThat(ongoingLiability).isEmpty();
    assertThat(interest.daysCounted()).isEqualTo(305);
    assertThat(interest.total()).isEqualTo(Money.parse("66.85"));
  }
}
