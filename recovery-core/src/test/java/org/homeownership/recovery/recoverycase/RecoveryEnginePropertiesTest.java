package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the engine on random accounts: it never moves more than one stage per decision (so never
 * more than one notice stage), and the same inputs give equal decisions with the same text.
 */
class RecoveryEnginePropertiesTest {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final StageLadder LADDER =
      DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES);

  /** A random account: charges and payments by day offset and pence, a stage, a hold. */
  record Scenario(
      List<int[]> charges,
      List<int[]> payments,
      int stageIndex,
      int stageDay,
      int holdDay,
      int asOfDay) {

    Ledger ledger() {
      Fixtures.Ledgers ledger = Fixtures.ledger();
      for (int[] c : charges) {
        ledger.charge(START.plusDays(c[0]).toString(), pounds(c[1]));
      }
      for (int[] p : payments) {
        ledger.payment(START.plusDays(p[0]).toString(), pounds(p[1]));
      }
      return ledger.build();
    }

    RecoveryCase recoveryCase() {
      RecoveryCase recoveryCase = Fixtures.fresh();
      for (int i = 0; i <= stageIndex; i++) {
        recoveryCase =
            recoveryCase.entered(LADDER.stages().get(i).code(), START.plusDays(stageDay));
      }
      return recoveryCase;
    }

    CaseFile file() {
      ImmutableCaseFile.Builder file = Fixtures.file(ledger(), recoveryCase());
      if (holdDay >= 0) {
        file.addHolds(
            new Hold.QueryOrComplaint(
                HoldTerms.between(
                    START.plusDays(holdDay),
                    START.plusDays(holdDay + 20),
                    "query",
                    Fixtures.OFFICER)));
      }
      if (stageIndex >= 4) {
        file.letterOfClaim(LetterOfClaim.sent(START.plusDays(stageDay)));
      }
      return file.build();
    }

    LocalDate asOf() {
      return START.plusDays(Math.max(asOfDay, stageDay));
    }

    private static String pounds(int pence) {
      return String.format("%d.%02d", pence / 100, pence % 100);
    }
  }

  private static Gen<int[]> entries() {
    return integers()
        .between(0, 400)
        .zip(integers().between(1, 200_000), (day, pence) -> new int[] {day, pence});
  }

  private static Gen<Scenario> scenarios() {
    Gen<int[]> stages =
        integers()
            .between(-1, LADDER.stages().size() - 1)
            .zip(integers().between(0, 400), (stage, day) -> new int[] {stage, day});
    return stages.zip(
        lists().of(entries()).ofSizeBetween(1, 4),
        lists().of(entries()).ofSizeBetween(0, 3),
        integers().between(-1, 450),
        integers().between(0, 500),
        (stage, charges, payments, holdDay, asOfDay) ->
            new Scenario(charges, payments, stage[0], stage[1], holdDay, asOfDay));
  }

  private static int index(Optional<StageReference> stage) {
    return stage.map(s -> LADDER.indexOf(s).getAsInt()).orElse(-1);
  }

  @Test
  void neverMovesMoreThanOneStageAndNeverSkipsANoticeStage() {
    qt().withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              CaseFile file = scenario.file();
              Decision decision = Fixtures.engine().decide(file, scenario.asOf());
              int current = index(file.recoveryCase().currentStage());
              if (decision.outcome() instanceof Outcome.ActionDue due) {
                int next = LADDER.indexOf(due.stage().code()).getAsInt();
                assertThat(next).isEqualTo(current + 1);
                List<Stage> passedOver =
                    new ArrayList<>(LADDER.stages().subList(current + 1, next));
                assertThat(passedOver).noneMatch(Stage::issuesNotice);
              }
              RecoveryCase after = file.recoveryCase().after(decision);
              assertThat(index(after.currentStage())).isLessThanOrEqualTo(current + 1);
            });
  }

  @Test
  void theSameInputsGiveEqualDecisionsByteForByte() {
    qt().withExamples(200)
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              Decision first = Fixtures.engine().decide(scenario.file(), scenario.asOf());
              Decision second = Fixtures.engine().decide(scenario.file(), scenario.asOf());
              assertThat(second).isEqualTo(first);
              assertThat(second.describe()).isEqualTo(first.describe());
            });
  }

  @Test
  void runningWeeklyEveryStepTakenIsTheNextStage() {
    qt().withExamples(60)
        .forAll(
            lists().of(entries()).ofSizeBetween(1, 4), lists().of(entries()).ofSizeBetween(0, 3))
        .checkAssert(
            (charges, payments) -> {
              Scenario scenario = new Scenario(charges, payments, -1, 0, -1, 0);
              Ledger ledger = scenario.ledger();
              RecoveryCase recoveryCase = Fixtures.fresh();
              Optional<LetterOfClaim> letter = Optional.empty();
              for (LocalDate day = START;
                  day.isBefore(START.plusDays(600));
                  day = day.plusDays(7)) {
                Decision decision =
                    Fixtures.engine()
                        .decide(
                            Fixtures.file(ledger, recoveryCase).letterOfClaim(letter).build(), day);
                if (decision.outcome() instanceof Outcome.ActionDue due) {
                  int next = LADDER.indexOf(due.stage().code()).getAsInt();
                  assertThat(next).isEqualTo(index(recoveryCase.currentStage()) + 1);
                  if (next == 4) {
                    letter = Optional.of(LetterOfClaim.sent(day));
                  }
                }
                recoveryCase = recoveryCase.after(decision);
              }
              int previous = -1;
              for (StageEntry entry : recoveryCase.history()) {
                int now = index(entry.stage());
                if (entry.move() == StageMove.ENTERED) {
                  assertThat(now).isEqualTo(previous + 1);
                } else {
                  assertThat(now).isLessThan(previous);
                }
                previous = now;
              }
            });
  }
}
