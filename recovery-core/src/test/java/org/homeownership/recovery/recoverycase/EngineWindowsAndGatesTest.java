package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;

/**
 * A council's own ladder: no-earlier / no-later windows (Hackney's pattern), days since the last
 * contact, and the forfeiture gate on a s.146 notice stage. A ground rent ladder: REMINDER, then a
 * PHONE_CALL no earlier than 7 days after the last contact and no later than 60 days after the
 * reminder, then a s.146 NOTICE.
 */
class EngineWindowsAndGatesTest {

  private static Stage stage(String code, StageAction action, EntryConditions conditions) {
    return new Stage(
        StageReference.of(code),
        code,
        action,
        Optional.empty(),
        conditions,
        action.usuallyIssuesNotice(),
        false,
        "council policy under test");
  }

  private static final RecoveryPolicy POLICY =
      new RecoveryPolicy(
          "windows",
          ImmutableMap.of(
              DebtStream.GROUND_RENT,
              new StageLadder(
                  DebtStream.GROUND_RENT,
                  ImmutableList.of(
                      stage(
                          "REMINDER", StageAction.LETTER, EntryConditions.of(Money.ofPence(1), 30)),
                      stage(
                          "CALL",
                          StageAction.PHONE_CALL,
                          EntryConditions.of(Money.ofPence(1), 0)
                              .withMinimumDaysSincePreviousStage(14)
                              .withMaximumDaysSincePreviousStage(60)
                              .withMinimumDaysSinceLastContact(7)),
                      stage(
                          "S146_NOTICE",
                          StageAction.SECTION_146_NOTICE,
                          EntryConditions.of(Money.ofPence(1), 0))),
                  Money.ZERO,
                  true)));

  private static RecoveryCase at(String stage, String since) {
    return RecoveryCase.open(Fixtures.ACCOUNT, DebtStream.GROUND_RENT)
        .entered(StageReference.of(stage), d(since));
  }

  private static Ledger rent(String due, String amount) {
    return ledger().charge(ChargeType.GROUND_RENT, due, amount, Optional.empty()).build();
  }

  @Test
  void aStepTooLongAfterThePreviousStageGoesToAnOfficerInsteadOfEscalatingStale() {
    Ledger ledger = rent("2025-01-01", "120.00");

    Decision onTheLastDay =
        Fixtures.engine(POLICY)
            .decide(file(ledger, at("REMINDER", "2025-02-01")).build(), d("2025-04-02"));
    Decision dayAfter =
        Fixtures.engine(POLICY)
            .decide(file(ledger, at("REMINDER", "2025-02-01")).build(), d("2025-04-03"));

    assertThat(onTheLastDay.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(dayAfter.kind()).isEqualTo(OutcomeKind.REFERRED_TO_OFFICER);
    assertThat(dayAfter.conditions())
        .anySatisfy(
            c ->
                assertThat(c.describe())
                    .isEqualTo(
                        "[not met] maximum days since previous stage: required at most 60, actual"
                            + " 61 (since 2025-02-01; held days left out: 0)"));
  }

  @Test
  void aStepWaitsItsDaysAfterTheLastContact() {
    Ledger ledger = rent("2025-01-01", "120.00");
    CaseFile file =
        file(ledger, at("REMINDER", "2025-02-01"))
            .contactLog(
                ContactLog.of(
                    Fixtures.ACCOUNT,
                    List.of(
                        ContactEntry.builder()
                            .id(ContactId.of("C-1"))
                            .on(d("2025-02-12"))
                            .kind(ContactKind.CALL)
                            .direction(ContactDirection.OUTGOING)
                            .officer(OfficerId.of("HO-0042"))
                            .outcome("call answered")
                            .debtorReached(true)
                            .build())))
            .build();

    Decision dayBefore = Fixtures.engine(POLICY).decide(file, d("2025-02-18"));
    Decision onTheDay = Fixtures.engine(POLICY).decide(file, d("2025-02-19"));

    assertThat(dayBefore.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(dayBefore.earliestNextDue()).contains(d("2025-02-19"));
    assertThat(dayBefore.conditions())
        .anySatisfy(
            c ->
                assertThat(c.describe())
                    .isEqualTo(
                        "[not met] minimum days since last contact: required at least 7, actual 6"
                            + " (since 2025-02-12; held days left out: 0)"));
    assertThat(onTheDay.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void aSection146NoticeWaitsForTheSmallArrearsBarToLift() {
    Decision small =
        Fixtures.engine(POLICY)
            .decide(
                file(rent("2024-06-24", "300.00"), at("CALL", "2025-01-01")).build(),
                d("2025-01-02"));
    Decision large =
        Fixtures.engine(POLICY)
            .decide(
                file(rent("2024-06-24", "350.01"), at("CALL", "2025-01-01")).build(),
                d("2025-01-02"));

    assertThat(small.outcome()).isInstanceOf(Outcome.GateClosed.class);
    assertThat(small.outcome().describe())
        .isEqualTo("GATE CLOSED: S146_NOTICE S146_NOTICE blocked by " + ForfeitureGate.NAME);
    assertThat(small.earliestNextDue()).contains(d("2027-06-25"));
    assertThat(large.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(large.gates()).singleElement().satisfies(g -> assertThat(g.open()).isTrue());
  }

  @Test
  void badConfigurationIsRefusedNamingTheProblem() {
    assertThatThrownBy(() -> EntryConditions.of(Money.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum arrears must be above zero: 0.00");
    assertThatThrownBy(
            () ->
                EntryConditions.of(Money.ofPence(1), 0)
                    .withMinimumDaysSincePreviousStage(30)
                    .withMaximumDaysSincePreviousStage(14))
        .hasMessage("maximum days since previous stage is below the minimum: the window is empty");
    Stage reminder =
        stage("REMINDER", StageAction.LETTER, EntryConditions.of(Money.ofPence(1), 30));
    assertThatThrownBy(
            () ->
                new StageLadder(
                    DebtStream.GROUND_RENT, ImmutableList.of(reminder, reminder), Money.ZERO, true))
        .hasMessage("stage code REMINDER appears twice");
  }

  @Test
  void aCaseAtAStageTheLadderDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () ->
                Fixtures.engine(POLICY)
                    .decide(
                        file(rent("2025-01-01", "1.00"), at("VISIT", "2025-02-01")).build(),
                        d("2025-03-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case of SC-1001 is at stage VISIT, not on the ladder");
  }
}
