package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.fresh;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per case for every stage of the default ladder: a day before, on the day and a day after
 * each stage falls due, with the condition that decides it and its figures. The debt is one service
 * charge of £500.00 due on 1 January 2025.
 */
class DefaultStageMatrixTest {

  private static final Ledger LEDGER = ledger().charge("2025-01-01", "500.00").build();
  private static final String OVERDUE = "minimum days overdue of the oldest unpaid item";
  private static final String SINCE = "minimum days since previous stage";

  record Row(
      String name,
      RecoveryCase recoveryCase,
      Optional<LetterOfClaim> letter,
      String asOf,
      OutcomeKind kind,
      String stage,
      String condition,
      String actual,
      boolean met,
      Optional<String> earliest) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    Optional<LetterOfClaim> none = Optional.empty();
    Optional<LetterOfClaim> letter = Optional.of(LetterOfClaim.sent(d("2025-03-15")));
    return Stream.of(
        new Row(
            "REMINDER_1 a day before",
            fresh(),
            none,
            "2025-01-30",
            OutcomeKind.WAITING,
            "REMINDER_1",
            OVERDUE,
            "29 (due 2025-01-01)",
            false,
            Optional.of("2025-01-31")),
        new Row(
            "REMINDER_1 on the day",
            fresh(),
            none,
            "2025-01-31",
            OutcomeKind.ACTION_DUE,
            "REMINDER_1",
            OVERDUE,
            "30 (due 2025-01-01)",
            true,
            Optional.of("2025-01-31")),
        new Row(
            "REMINDER_1 a day after",
            fresh(),
            none,
            "2025-02-01",
            OutcomeKind.ACTION_DUE,
            "REMINDER_1",
            OVERDUE,
            "31 (due 2025-01-01)",
            true,
            Optional.of("2025-02-01")),
        new Row(
            "REMINDER_2 a day before",
            at("REMINDER_1", "2025-01-31"),
            none,
            "2025-02-13",
            OutcomeKind.WAITING,
            "REMINDER_2",
            SINCE,
            "13 (since 2025-01-31; held days left out: 0)",
            false,
            Optional.of("2025-02-14")),
        new Row(
            "REMINDER_2 on the day",
            at("REMINDER_1", "2025-01-31"),
            none,
            "2025-02-14",
            OutcomeKind.ACTION_DUE,
            "REMINDER_2",
            SINCE,
            "14 (since 2025-01-31; held days left out: 0)",
            true,
            Optional.of("2025-02-14")),
        new Row(
            "REMINDER_2 a day after",
            at("REMINDER_1", "2025-01-31"),
            none,
            "2025-02-15",
            OutcomeKind.ACTION_DUE,
            "REMINDER_2",
            SINCE,
            "15 (since 2025-01-31; held days left out: 0)",
            true,
            Optional.of("2025-02-15")),
        new Row(
            "PHONE_CONTACT a day before",
            at("REMINDER_2", "2025-02-14"),
            none,
            "2025-02-20",
            OutcomeKind.WAITING,
            "PHONE_CONTACT",
            SINCE,
            "6 (since 2025-02-14; held days left out: 0)",
            false,
            Optional.of("2025-02-21")),
        new Row(
            "PHONE_CONTACT on the day",
            at("REMINDER_2", "2025-02-14"),
            none,
            "2025-02-21",
            OutcomeKind.ACTION_DUE,
            "PHONE_CONTACT",
            SINCE,
            "7 (since 2025-02-14; held days left out: 0)",
            true,
            Optional.of("2025-02-21")),
        new Row(
            "PHONE_CONTACT a day after",
            at("REMINDER_2", "2025-02-14"),
            none,
            "2025-02-22",
            OutcomeKind.ACTION_DUE,
            "PHONE_CONTACT",
            SINCE,
            "8 (since 2025-02-14; held days left out: 0)",
            true,
            Optional.of("2025-02-22")),
        new Row(
            "LENDER_LETTER on the day of the call (no interval published)",
            at("PHONE_CONTACT", "2025-02-21"),
            none,
            "2025-02-21",
            OutcomeKind.ACTION_DUE,
            "LENDER_LETTER",
            "minimum arrears",
            "£500.00",
            true,
            Optional.of("2025-02-21")),
        new Row(
            "LENDER_LETTER a day after",
            at("PHONE_CONTACT", "2025-02-21"),
            none,
            "2025-02-22",
            OutcomeKind.ACTION_DUE,
            "LENDER_LETTER",
            OVERDUE,
            "52 (due 2025-01-01)",
            true,
            Optional.of("2025-02-22")),
        new Row(
            "LETTER_OF_CLAIM a day before",
            at("LENDER_LETTER", "2025-03-01"),
            none,
            "2025-03-14",
            OutcomeKind.WAITING,
            "LETTER_OF_CLAIM",
            SINCE,
            "13 (since 2025-03-01; held days left out: 0)",
            false,
            Optional.of("2025-03-15")),
        new Row(
            "LETTER_OF_CLAIM on the day",
            at("LENDER_LETTER", "2025-03-01"),
            none,
            "2025-03-15",
            OutcomeKind.ACTION_DUE,
            "LETTER_OF_CLAIM",
            SINCE,
            "14 (since 2025-03-01; held days left out: 0)",
            true,
            Optional.of("2025-03-15")),
        new Row(
            "LETTER_OF_CLAIM a day after",
            at("LENDER_LETTER", "2025-03-01"),
            none,
            "2025-03-16",
            OutcomeKind.ACTION_DUE,
            "LETTER_OF_CLAIM",
            SINCE,
            "15 (since 2025-03-01; held days left out: 0)",
            true,
            Optional.of("2025-03-16")),
        new Row(
            "COUNTY_COURT_CLAIM a day before",
            at("LETTER_OF_CLAIM", "2025-03-15"),
            letter,
            "2025-04-13",
            OutcomeKind.WAITING,
            "COUNTY_COURT_CLAIM",
            SINCE,
            "29 (since 2025-03-15; held days left out: 0)",
            false,
            Optional.of("2025-04-14")),
        new Row(
            "COUNTY_COURT_CLAIM on the day",
            at("LETTER_OF_CLAIM", "2025-03-15"),
            letter,
            "2025-04-14",
            OutcomeKind.ACTION_DUE,
            "COUNTY_COURT_CLAIM",
            SINCE,
            "30 (since 2025-03-15; held days left out: 0)",
            true,
            Optional.of("2025-04-14")),
        new Row(
            "COUNTY_COURT_CLAIM a day after",
            at("LETTER_OF_CLAIM", "2025-03-15"),
            letter,
            "2025-04-15",
            OutcomeKind.ACTION_DUE,
            "COUNTY_COURT_CLAIM",
            SINCE,
            "31 (since 2025-03-15; held days left out: 0)",
            true,
            Optional.of("2025-04-15")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachDefaultStageFallsDueOnItsDay(Row row) {
    CaseFile file = file(LEDGER, row.recoveryCase()).letterOfClaim(row.letter()).build();

    Decision decision = Fixtures.engine().decide(file, d(row.asOf()));

    assertThat(decision.kind()).isEqualTo(row.kind());
    assertThat(decision.outcome().about().map(s -> s.code().code())).contains(row.stage());
    assertThat(decision.conditions())
        .filteredOn(c -> c.name().equals(row.condition()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.actual()).isEqualTo(row.actual());
              assertThat(c.met()).isEqualTo(row.met());
            });
    assertThat(decision.earliestNextDue()).isEqualTo(row.earliest().map(LocalDate::parse));
    assertThat(decision.position().counted().toString()).isEqualTo("500.00");
    assertThat(decision.describe()).contains(row.stage()).contains(row.actual());
  }

  @Test
  void aCountyCourtClaimNeedsApprovalAndPassesThePreActionGate() {
    CaseFile file =
        file(LEDGER, at("LETTER_OF_CLAIM", "2025-03-15"))
            .letterOfClaim(LetterOfClaim.sent(d("2025-03-15")))
            .build();

    Decision decision = Fixtures.engine().decide(file, d("2025-04-14"));

    assertThat(decision.outcome()).isInstanceOf(Outcome.ActionDue.class);
    assertThat(decision.outcome().describe())
        .isEqualTo(
            "ACTION DUE: COUNTY_COURT_CLAIM County court money claim (County court money claim,"
                + " template CLAIM_FORM_N1), needs officer approval");
    assertThat(decision.gates()).singleElement().satisfies(g -> assertThat(g.open()).isTrue());
  }

  @Test
  void theLastStageCompletesTheLadder() {
    Decision decision =
        Fixtures.engine()
            .decide(file(LEDGER, at("COUNTY_COURT_CLAIM", "2025-04-14")).build(), d("2025-05-01"));

    assertThat(decision.outcome())
        .isEqualTo(new Outcome.LadderComplete(Fixtures.stage("COUNTY_COURT_CLAIM").orElseThrow()));
  }

  @Test
  void theDefaultLadderCitesItsSourcesAndFigures() {
    StageLadder ladder = DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES);

    assertThat(ladder.stages())
        .extracting(s -> s.code().code())
        .containsExactly(
            "REMINDER_1",
            "REMINDER_2",
            "PHONE_CONTACT",
            "LENDER_LETTER",
            "LETTER_OF_CLAIM",
            "COUNTY_COURT_CLAIM");
    assertThat(ladder.stages())
        .extracting(Stage::action)
        .containsExactly(
            StageAction.LETTER,
            StageAction.LETTER,
            StageAction.PHONE_CALL,
            StageAction.LENDER_LETTER,
            StageAction.LETTER_OF_CLAIM,
            StageAction.COUNTY_COURT_CLAIM);
    assertThat(ladder.stages())
        .extracting(Stage::issuesNotice)
        .containsExactly(true, true, false, true, true, true);
    assertThat(ladder.stages())
        .extracting(Stage::needsApproval)
        .containsExactly(false, false, false, true, false, true);
    assertThat(ladder.stages().get(0).conditions().minimumDaysOverdue()).isEqualTo(30);
    assertThat(ladder.stages())
        .extracting(s -> s.conditions().minimumDaysSincePreviousStage().orElse(-1))
        .containsExactly(-1, 14, 7, -1, 14, 30);
    assertThat(ladder.stages().get(0).source()).contains("Wiltshire").contains("§12.1");
    assertThat(ladder.stages().get(4).source()).contains("Harrow").contains("Southwark");
    assertThat(ladder.stages().get(5).source()).contains("§6.3");
    assertThat(DefaultRecoveryPolicy.ladder(DebtStream.GROUND_RENT).stages().get(1).templateCode())
        .contains("REMINDER_2_S167_WARNING");
    assertThat(DefaultRecoveryPolicy.policy().ladders().keySet())
        .containsExactlyInAnyOrder(DebtStream.values());
  }

  @Test
  void theConditionsOfTheNextStageAreAllReportedWithTheirFigures() {
    Decision decision =
        Fixtures.engine()
            .decide(file(LEDGER, at("REMINDER_1", "2025-01-31")).build(), d("2025-02-13"));

    assertThat(decision.conditions())
        .extracting(ConditionCheck::describe)
        .containsExactly(
            "[met] minimum arrears: required at least £0.01, actual £500.00",
            "[met] minimum days overdue of the oldest unpaid item: required at least 0, actual 43"
                + " (due 2025-01-01)",
            "[not met] minimum days since previous stage: required at least 14, actual 13 (since"
                + " 2025-01-31; held days left out: 0)");
    assertThat(List.of(decision.describe().split("\n")))
        .contains("  next stage due no earlier than 2025-02-14");
  }
}
