package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.fresh;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;
import static org.homeownership.recovery.recoverycase.Fixtures.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;

/**
 * A stage that issues a notice is never skipped: the case climbs one stage per decision, each
 * waiting its interval, and a part payment that moves the oldest unpaid date cannot jump it (the
 * Kill Bill bug). When the debt falls, the case steps back or closes, with the reason.
 */
class NeverSkipNoticeStageTest {

  @Test
  void aDebtOldEnoughForEveryStageStillClimbsOneStageAtATimeEachWaitingItsInterval() {
    Ledger ledger = ledger().charge("2023-01-01", "2400.00").build();
    RecoveryCase recoveryCase = fresh();
    List<String> taken = new ArrayList<>();
    Optional<LetterOfClaim> letter = Optional.empty();
    for (LocalDate day = d("2025-01-01"); day.isBefore(d("2025-04-01")); day = day.plusDays(1)) {
      Decision decision =
          Fixtures.engine().decide(file(ledger, recoveryCase).letterOfClaim(letter).build(), day);
      if (decision.outcome() instanceof Outcome.ActionDue due) {
        taken.add(day + " " + due.stage().code());
        if (due.stage().action() == StageAction.LETTER_OF_CLAIM) {
          letter = Optional.of(LetterOfClaim.sent(day));
        }
      }
      recoveryCase = recoveryCase.after(decision);
    }

    assertThat(taken)
        .containsExactly(
            "2025-01-01 REMINDER_1",
            "2025-01-15 REMINDER_2",
            "2025-01-22 PHONE_CONTACT",
            "2025-01-23 LENDER_LETTER",
            "2025-02-06 LETTER_OF_CLAIM",
            "2025-03-08 COUNTY_COURT_CLAIM");
  }

  @Test
  void aPartPaymentThatMovesTheOldestUnpaidDateDoesNotJumpTheCasePastTheSecondReminder() {
    // January's £300 is paid on 20 February; the oldest unpaid item is now November's
    Ledger ledger =
        ledger()
            .charge("2024-11-01", "300.00")
            .charge("2025-01-01", "300.00")
            .payment("2025-02-20", "300.00")
            .build();
    RecoveryCase atReminder1 = at("REMINDER_1", "2025-02-10");

    Decision beforeInterval =
        Fixtures.engine().decide(file(ledger, atReminder1).build(), d("2025-02-23"));
    Decision onInterval =
        Fixtures.engine().decide(file(ledger, atReminder1).build(), d("2025-02-24"));

    assertThat(beforeInterval.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(beforeInterval.outcome().about().orElseThrow().code())
        .isEqualTo(StageReference.of("REMINDER_2"));
    assertThat(onInterval.outcome().about().orElseThrow().code())
        .isEqualTo(StageReference.of("REMINDER_2"));
    assertThat(onInterval.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(onInterval.position().counted()).isEqualTo(Money.parse("300.00"));
  }

  @Test
  void aPartPaymentThatMakesTheDebtYoungerMakesTheFirstReminderWaitRatherThanJump() {
    // paid the oldest charge: the remaining one is 10 days old, so REMINDER_1 waits 20 more days
    Ledger ledger =
        ledger()
            .charge("2024-10-01", "300.00")
            .charge("2025-02-01", "300.00")
            .payment("2025-02-05", "300.00")
            .build();

    Decision decision = Fixtures.engine().decide(file(ledger, fresh()).build(), d("2025-02-11"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(decision.position().oldestCountedDueDate()).contains(d("2025-02-01"));
    assertThat(decision.earliestNextDue()).contains(d("2025-03-03"));
  }

  private static RecoveryPolicy thresholdPolicy() {
    Money ten = Money.parse("10.00");
    Money fiveHundred = Money.parse("500.00");
    StageLadder ladder =
        new StageLadder(
            DebtStream.SERVICE_CHARGES,
            ImmutableList.of(
                rung("REMINDER_1", ten, 30, 0),
                rung("REMINDER_2", ten, 0, 14),
                rung("FINAL_REMINDER", fiveHundred, 0, 14)),
            Money.ZERO,
            true);
    return new RecoveryPolicy("thresholds", ImmutableMap.of(DebtStream.SERVICE_CHARGES, ladder));
  }

  private static Stage rung(String code, Money minimum, int overdue, int interval) {
    return new Stage(
        StageReference.of(code),
        code,
        StageAction.LETTER,
        Optional.of(code),
        EntryConditions.of(minimum, overdue).withMinimumDaysSincePreviousStage(interval),
        true,
        false,
        "test policy");
  }

  @Test
  void whenTheDebtFallsBelowTheStageThresholdTheCaseStepsBackWithTheReason() {
    Ledger ledger = ledger().charge("2025-01-01", "800.00").payment("2025-03-10", "600.00").build();
    RecoveryCase atFinal = at("FINAL_REMINDER", "2025-03-01");

    Decision decision =
        Fixtures.engine(thresholdPolicy()).decide(file(ledger, atFinal).build(), d("2025-03-11"));

    assertThat(decision.outcome())
        .isEqualTo(
            new Outcome.SteppedBack(StageReference.of("FINAL_REMINDER"), stage("REMINDER_2")));
    assertThat(decision.notes())
        .containsExactly("counted arrears £200.00 below FINAL_REMINDER's minimum £500.00");
    RecoveryCase after = atFinal.after(decision);
    assertThat(after.currentStage()).isEqualTo(stage("REMINDER_2"));
    assertThat(after.history().get(1).move()).isEqualTo(StageMove.STEPPED_BACK);
  }

  @Test
  void whenTheDebtIsPaidTheCaseClosesWithTheReason() {
    Ledger ledger = ledger().charge("2025-01-01", "800.00").payment("2025-03-10", "800.00").build();
    RecoveryCase atReminder2 = at("REMINDER_2", "2025-03-01");

    Decision decision =
        Fixtures.engine().decide(file(ledger, atReminder2).build(), d("2025-03-10"));

    assertThat(decision.outcome()).isEqualTo(new Outcome.Closed(StageReference.of("REMINDER_2")));
    assertThat(decision.notes())
        .containsExactly("counted arrears £0.00 at or below the closure threshold £0.00");
    assertThat(atReminder2.after(decision).currentStage()).isEmpty();
    assertThat(
            Fixtures.engine()
                .decide(file(ledger, atReminder2.after(decision)).build(), d("2025-03-11"))
                .outcome())
        .isEqualTo(new Outcome.NothingOwed());
  }

  @Test
  void theDefaultPolicyStepsBackOnlyWhenPaidBecauseItsMinimumIsOnePenny() {
    Ledger ledger = ledger().charge("2025-01-01", "800.00").payment("2025-03-10", "799.99").build();

    Decision decision =
        Fixtures.engine()
            .decide(file(ledger, at("LETTER_OF_CLAIM", "2025-03-01")).build(), d("2025-03-11"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(decision.position().counted()).isEqualTo(Money.parse("0.01"));
    assertThat(DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES).closeAtOrBelow())
        .isEqualTo(Money.ZERO);
  }
}
