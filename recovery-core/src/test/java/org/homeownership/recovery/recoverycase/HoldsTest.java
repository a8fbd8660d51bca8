package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.OFFICER;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;
import static org.homeownership.recovery.recoverycase.Fixtures.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.arrangement.ArrangementEvent;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.RecoveryHold;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldKind;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.InsolvencyKind;
import org.junit.jupiter.api.Test;

/**
 * Every kind of hold: what it blocks, what it lets go on, and how recovery resumes at the stage
 * held with the days held left out of the interval. The case is at REMINDER_1 since 1 February 2025
 * with £500.00 due on 1 January 2025; REMINDER_2 is due 14 days on, on 15 February.
 */
class HoldsTest {

  private static final Ledger LEDGER = ledger().charge("2025-01-01", "500.00").build();
  private static final RecoveryCase AT_REMINDER_1 = at("REMINDER_1", "2025-02-01");

  private static Decision decide(List<Hold> holds, String asOf) {
    return Fixtures.engine().decide(file(LEDGER, AT_REMINDER_1).holds(holds).build(), d(asOf));
  }

  private static HoldTerms open(String from, String reason) {
    return HoldTerms.from(d(from), reason, OFFICER);
  }

  @Test
  void withoutAHoldTheSecondReminderIsDueOnTheFifteenth() {
    assertThat(decide(List.of(), "2025-02-15").kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void aQueryOrComplaintHoldsTheCaseAtItsStage() {
    Decision decision =
        decide(
            List.of(new Hold.QueryOrComplaint(open("2025-02-10", "billing query"))), "2025-03-01");

    assertThat(decision.outcome()).isEqualTo(new Outcome.OnHold(stage("REMINDER_1")));
    assertThat(decision.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(HoldKind.QUERY_OR_COMPLAINT);
              assertThat(h.setBy()).isEqualTo("HO-0042");
              assertThat(h.start()).isEqualTo(d("2025-02-10"));
            });
    assertThat(decision.outcome().describe())
        .isEqualTo("ON HOLD: resumes at REMINDER_1 when the hold ends");
  }

  @Test
  void whenAHoldEndsRecoveryResumesAtTheStageWithTheDaysHeldLeftOut() {
    // held 5 to 24 February: 20 days; 14 days of interval need 34 calendar days: 7 March
    List<Hold> holds =
        List.of(
            new Hold.QueryOrComplaint(
                HoldTerms.between(d("2025-02-05"), d("2025-02-24"), "complaint", OFFICER)));

    Decision dayBefore = decide(holds, "2025-03-06");
    Decision onTheDay = decide(holds, "2025-03-07");

    assertThat(dayBefore.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(dayBefore.earliestNextDue()).contains(d("2025-03-07"));
    assertThat(dayBefore.conditions())
        .anySatisfy(
            c ->
                assertThat(c.describe())
                    .isEqualTo(
                        "[not met] minimum days since previous stage: required at least 14, actual"
                            + " 13 (since 2025-02-01; held days left out: 20)"));
    assertThat(onTheDay.outcome()).isInstanceOf(Outcome.ActionDue.class);
    assertThat(onTheDay.outcome().about().orElseThrow().code())
        .isEqualTo(StageReference.of("REMINDER_2"));
  }

  @Test
  void overlappingHoldsCountEachDayOnce() {
    List<Hold> holds =
        List.of(
            new Hold.QueryOrComplaint(
                HoldTerms.between(d("2025-02-05"), d("2025-02-24"), "complaint", OFFICER)),
            new Hold.Deceased(
                HoldTerms.between(d("2025-02-20"), d("2025-02-28"), "estate", OFFICER)));

    // held 5 to 28 February: 24 days; due on 1 Feb + 14 + 24 = 11 March
    assertThat(decide(holds, "2025-03-10").earliestNextDue()).contains(d("2025-03-11"));
    assertThat(decide(holds, "2025-03-11").kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void aDisputeSetsAsideOnlyThatChargeAndTheRestOfTheDebtGoesOn() {
    Ledger twoCharges =
        ledger().charge("2025-01-01", "500.00").charge("2025-01-10", "200.00").build();
    Hold dispute =
        new Hold.ChargeDispute(open("2025-02-03", "disputes the January bill"), EntryId.of(1));

    Decision decision =
        Fixtures.engine()
            .decide(file(twoCharges, AT_REMINDER_1).addHolds(dispute).build(), d("2025-02-15"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(decision.position().counted()).isEqualTo(Money.parse("200.00"));
    assertThat(decision.position().disputed()).isEqualTo(Money.parse("500.00"));
    assertThat(decision.position().oldestCountedDueDate()).contains(d("2025-01-10"));
    assertThat(decision.holds())
        .singleElement()
        .extracting(HoldNote::effect)
        .isEqualTo("charge 1 set aside; the rest of the debt goes on");
  }

  @Test
  void aDisputeOnTheOnlyChargeHoldsTheCaseRatherThanClosingIt() {
    Hold dispute = new Hold.ChargeDispute(open("2025-02-03", "disputes"), EntryId.of(1));

    Decision decision = decide(List.of(dispute), "2025-02-15");

    assertThat(decision.outcome()).isEqualTo(new Outcome.OnHold(stage("REMINDER_1")));
    assertThat(decision.notes())
        .containsExactly(
            "counted arrears £0.00 at or below the closure threshold £0.00; disputed charges of"
                + " £500.00 remain");
  }

  @Test
  void vulnerabilitySendsEveryStepToAnOfficerAndKeepsItsReasonPrivate() {
    Hold vulnerable =
        new Hold.Vulnerability(open("2025-01-20", "hospital admission, hearing impaired"));

    Decision decision = decide(List.of(vulnerable), "2025-02-15");

    assertThat(decision.outcome()).isInstanceOf(Outcome.ReferredToOfficer.class);
    assertThat(decision.outcome().describe())
        .isEqualTo(
            "REFERRED TO OFFICER: REMINDER_2 Second reminder: vulnerability: every step goes to"
                + " officer review (§12.4)");
    assertThat(decision.describe()).doesNotContain("hospital").doesNotContain("hearing");
    assertThat(decision.toString()).doesNotContain("hospital");
    assertThat(vulnerable.toString()).doesNotContain("hospital");
    // vulnerability does not stop the clock: the step is due on the usual day
    Decision waiting = decide(List.of(vulnerable), "2025-02-14");
    assertThat(waiting.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(waiting.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(HoldKind.VULNERABILITY);
              assertThat(h.effect())
                  .isEqualTo("no automated escalation: every step goes to officer review");
            });
  }

  @Test
  void insolvencyHoldsTheCase() {
    Hold bankrupt =
        new Hold.Insolvency(open("2025-02-10", "bankruptcy order"), InsolvencyKind.BANKRUPTCY);

    assertThat(decide(List.of(bankrupt), "2025-03-01").outcome())
        .isEqualTo(new Outcome.OnHold(stage("REMINDER_1")));
  }

  @Test
  void deathHoldsTheCaseForTheEstate() {
    Hold deceased = new Hold.Deceased(open("2025-02-10", "estate"));

    Decision decision = decide(List.of(deceased), "2025-03-01");

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ON_HOLD);
    assertThat(decision.holds()).extracting(HoldNote::kind).containsExactly(HoldKind.DECEASED);
  }

  @Test
  void aLiveArrangementFromTheArrangementBookHoldsTheCaseAtItsStage() {
    RecoveryHold fromBook =
        new RecoveryHold(
            Fixtures.ACCOUNT, ArrangementId.of("ARR-7"), stage("REMINDER_1"), d("2025-02-10"));
    Hold arrangement = Hold.LiveArrangement.of(fromBook, OFFICER);

    Decision decision = decide(List.of(arrangement), "2025-03-01");

    assertThat(decision.outcome()).isEqualTo(new Outcome.OnHold(stage("REMINDER_1")));
    assertThat(decision.holds())
        .singleElement()
        .extracting(HoldNote::effect)
        .isEqualTo("live arrangement ARR-7 holds the case at REMINDER_1");
  }

  @Test
  void aBreachedArrangementResumesAtTheHeldStageWithTheHeldDaysLeftOut() {
    // live 10 Feb, breached 20 March: held 10 Feb to 19 March, 38 days
    Hold arrangement =
        new Hold.LiveArrangement(
            HoldTerms.between(d("2025-02-10"), d("2025-03-19"), "arrangement", OFFICER),
            ArrangementId.of("ARR-7"),
            stage("REMINDER_1"));
    ArrangementEvent breach =
        new ArrangementEvent.ArrangementBreached(
            ArrangementId.of("ARR-7"),
            ArrangementKind.INFORMAL,
            d("2025-03-20"),
            ImmutableMap.of(Fixtures.ACCOUNT, StageReference.of("REMINDER_1")),
            Money.parse("300.00"),
            Money.parse("500.00"),
            ImmutableList.of("instalment missed"));
    RecoveryCase resumed = AT_REMINDER_1.after(breach);

    assertThat(resumed).isEqualTo(AT_REMINDER_1);
    Decision waiting =
        Fixtures.engine()
            .decide(file(LEDGER, resumed).addHolds(arrangement).build(), d("2025-03-24"));
    // 1 Feb + 14 days + 38 held days = 25 March
    assertThat(waiting.earliestNextDue()).contains(d("2025-03-25"));
    assertThat(
            Fixtures.engine()
                .decide(file(LEDGER, resumed).addHolds(arrangement).build(), d("2025-03-25"))
                .kind())
        .isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void aBreachPutsACaseThatLostItsStageBackAtTheHeldStage() {
    RecoveryCase fresh = Fixtures.fresh();
    ArrangementEvent cancelled =
        new ArrangementEvent.ArrangementCancelled(
            ArrangementId.of("ARR-8"),
            d("2025-03-20"),
            ImmutableMap.of(Fixtures.ACCOUNT, StageReference.of("REMINDER_2")),
            "cancelled by officer");

    RecoveryCase resumed = fresh.after(cancelled);

    assertThat(resumed.currentStage()).isEqualTo(stage("REMINDER_2"));
    assertThat(resumed.history().get(0).move()).isEqualTo(StageMove.RESUMED);
    assertThat(resumed.lastMoveOn()).contains(d("2025-03-20"));
  }

  @Test
  void aPromiseToPayHoldsUntilTheDatePromisedAndNotAfter() {
    Hold promise =
        new Hold.PromiseToPay(
            HoldTerms.between(d("2025-02-12"), d("2025-02-28"), "will pay on payday", OFFICER),
            Money.parse("500.00"));

    Decision onThePromisedDay = decide(List.of(promise), "2025-02-28");
    Decision dayAfter = decide(List.of(promise), "2025-03-01");

    assertThat(onThePromisedDay.kind()).isEqualTo(OutcomeKind.ON_HOLD);
    assertThat(onThePromisedDay.notes())
        .containsExactly("holds end; recovery may resume from 2025-03-01");
    // held 12–28 Feb (17 days): 1 Feb + 14 + 17 = 4 March
    assertThat(dayAfter.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(dayAfter.earliestNextDue()).contains(d("2025-03-04"));
  }

  @Test
  void missingDataSetByTheSystemHoldsTheCaseAndSaysWhatIsMissing() {
    Hold missing =
        new Hold.MissingData(
            HoldTerms.from(
                d("2025-02-15"),
                "letter failed validation",
                HoldAuthor.system("notice-validation")),
            "lender's address");

    Decision decision = decide(List.of(missing), "2025-02-15");

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ON_HOLD);
    assertThat(decision.describe())
        .contains(
            "hold: Missing data from 2025-02-15 to open, set by system:notice-validation: a letter"
                + " failed validation: lender's address missing");
  }

  @Test
  void aHoldThatHasNotStartedOrHasEndedDoesNotHold() {
    Hold future = new Hold.QueryOrComplaint(open("2025-03-01", "later"));
    Hold past =
        new Hold.QueryOrComplaint(
            HoldTerms.between(d("2025-01-02"), d("2025-01-20"), "earlier", OFFICER));

    assertThat(decide(List.of(future, past), "2025-02-15").kind())
        .isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(Optional.of(decide(List.of(future), "2025-03-01").kind()))
        .contains(OutcomeKind.ON_HOLD);
  }
}
