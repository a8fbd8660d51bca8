package org.homeownership.recovery.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Monitoring, table-driven: every frequency with tolerance days, a lump sum, catch-up after breach,
 * completion and Direct Debit failure. A debt of £1,200.00 on account MW-1; the arrangement is made
 * on 1 April 2025, first instalment 7 April 2025, held at stage REMINDER_2.
 */
class ArrangementMonitorTest {

  static final AccountId MW1 = AccountId.of("MW-1");
  static final StageReference REMINDER_2 = StageReference.of("REMINDER_2");

  static ImmutableArrangement.Builder arrangement(InstalmentFrequency frequency, String amount) {
    return Arrangement.builder()
        .id(ArrangementId.of("ARR-1"))
        .addAccounts(MW1)
        .frequency(frequency)
        .instalmentAmount(Money.parse(amount))
        .firstInstalmentOn(LocalDate.of(2025, 4, 7))
        .startingBalance(Money.parse("1200.00"))
        .kind(ArrangementKind.INFORMAL)
        .madeBy(OfficerId.of("HO-1"))
        .madeOn(LocalDate.of(2025, 4, 1))
        .putHeldAtStage(MW1, REMINDER_2);
  }

  static ArrangementRecord live(Arrangement arrangement) {
    ApprovalOutcome outcome =
        new MakerChecker(ExamplePolicies.approval(), monitor(ExamplePolicies.expectedBalance()))
            .approve(
                ArrangementRecord.proposed(arrangement),
                arrangement.madeBy(),
                arrangement.madeOn(),
                ledgersOf(arrangement));
    return ((ApprovalOutcome.Approved) outcome).record();
  }

  /** A ledger per covered account, each owing its share of nothing yet: enough for approval. */
  static Map<AccountId, Ledger> ledgersOf(Arrangement arrangement) {
    Map<AccountId, Ledger> ledgers = new HashMap<>();
    for (AccountId account : arrangement.accounts()) {
      ledgers.put(account, Ledger.empty(account));
    }
    return ledgers;
  }

  static TestLedger debt() {
    return TestLedger.of("MW-1").charge("2025-03-01", "1200.00");
  }

  static ArrangementMonitor monitor(MonitoringPolicy policy) {
    return new ArrangementMonitor(ExamplePolicies.monitoring(policy));
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @ParameterizedTest(name = "{0} {1}, {2} paid, on {3}: {4}")
  @CsvSource({
    "WEEKLY,      100.00,  2, 2025-04-23, LIVE,     1000.00, 1000.00",
    "WEEKLY,      100.00,  2, 2025-04-24, BREACHED,  900.00, 1000.00",
    "FORTNIGHTLY, 200.00,  2, 2025-05-07, LIVE,      800.00,  800.00",
    "FORTNIGHTLY, 200.00,  2, 2025-05-08, BREACHED,  600.00,  800.00",
    "FOUR_WEEKLY, 300.00,  2, 2025-06-04, LIVE,      600.00,  600.00",
    "FOUR_WEEKLY, 300.00,  2, 2025-06-05, BREACHED,  300.00,  600.00",
    "MONTHLY,     400.00,  2, 2025-06-09, LIVE,      400.00,  400.00",
    "MONTHLY,     400.00,  2, 2025-06-10, BREACHED,    0.00,  400.00",
    "ONE_OFF,    1200.00,  0, 2025-04-09, LIVE,     1200.00, 1200.00",
    "ONE_OFF,    1200.00,  0, 2025-04-10, BREACHED,    0.00, 1200.00",
  })
  void expectedBalanceWithThreeToleranceDaysForEveryFrequency(
      InstalmentFrequency frequency,
      String amount,
      int paid,
      String asOf,
      ArrangementState state,
      String expected,
      String actual) {
    Arrangement arrangement = arrangement(frequency, amount).build();
    TestLedger ledger = debt();
    for (int i = 0; i < paid; i++) {
      ledger.payment(frequency.dueDate(arrangement.firstInstalmentOn(), i).toString(), amount);
    }

    Review review =
        monitor(ExamplePolicies.expectedBalance())
            .review(live(arrangement), ledger.asMap(), date(asOf));

    assertThat(review.record().state()).isEqualTo(state);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse(expected));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse(actual));
    if (state == ArrangementState.BREACHED) {
      StateChange change = review.record().history().get(1);
      assertThat(change.from()).isEqualTo(ArrangementState.LIVE);
      assertThat(change.expectedBalance()).isEqualTo(Money.parse(expected));
      assertThat(change.actualBalance()).isEqualTo(Money.parse(actual));
      assertThat(change.reason()).startsWith("balance too high: £");
      assertThat(review.event()).containsInstanceOf(ArrangementEvent.ArrangementBreached.class);
    } else {
      assertThat(review.record().history()).hasSize(1);
      assertThat(review.event()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: on {2}, {3} missed: {4}")
  @CsvSource({
    "WEEKLY,      100.00, 2025-04-17, 1, LIVE",
    "WEEKLY,      100.00, 2025-04-24, 2, BREACHED",
    "FORTNIGHTLY, 200.00, 2025-04-24, 1, LIVE",
    "FORTNIGHTLY, 200.00, 2025-05-08, 2, BREACHED",
    "FOUR_WEEKLY, 300.00, 2025-05-08, 1, LIVE",
    "FOUR_WEEKLY, 300.00, 2025-06-05, 2, BREACHED",
    "MONTHLY,     400.00, 2025-05-10, 1, LIVE",
    "MONTHLY,     400.00, 2025-06-10, 2, BREACHED",
  })
  void missedInstalmentsTwoWithinNinetyDaysForEveryFrequency(
      InstalmentFrequency frequency,
      String amount,
      String asOf,
      int missed,
      ArrangementState state) {
    Arrangement arrangement = arrangement(frequency, amount).build();
    TestLedger ledger = debt().payment("2025-04-07", amount);

    Review review =
        monitor(ExamplePolicies.missedInstalments())
            .review(live(arrangement), ledger.asMap(), date(asOf));

    MonitoringCheck.MissedInstalments check =
        (MonitoringCheck.MissedInstalments) review.assessment().checks().get(0);
    assertThat(check.missed()).hasSize(missed);
    assertThat(check.missed().get(0))
        .isEqualTo(frequency.dueDate(arrangement.firstInstalmentOn(), 1));
    assertThat(review.record().state()).isEqualTo(state);
  }

  @Test
  void aMissOutsideTheWindowDoesNotCount() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "100.00").build();
    // April's instalment paid late (a miss), May to July on time, August missed
    TestLedger ledger =
        debt()
            .payment("2025-04-20", "100.00")
            .payment("2025-05-07", "100.00")
            .payment("2025-06-07", "100.00")
            .payment("2025-07-07", "100.00");

    Assessment assessment =
        monitor(ExamplePolicies.missedInstalments())
            .assess(live(arrangement), ledger.asMap(), date("2025-08-10"));

    MonitoringCheck.MissedInstalments check =
        (MonitoringCheck.MissedInstalments) assessment.checks().get(0);
    assertThat(check.missed()).containsExactly(date("2025-08-07"));
    assertThat(check.kept()).isTrue();
    // the 90 days up to 5 July start on 7 April, so April's miss still counts then
    assertThat(
            monitor(ExamplePolicies.missedInstalments())
                .assess(live(arrangement), ledger.asMap(), date("2025-07-05"))
                .checks()
                .get(0))
        .isEqualTo(
            new MonitoringCheck.MissedInstalments(ImmutableList.of(date("2025-04-07")), 90, 2));
  }

  @Test
  void anUnpaidLumpSumIsABreachAfterTheToleranceDays() {
    Arrangement arrangement =
        arrangement(InstalmentFrequency.MONTHLY, "300.00")
            .lumpSum(new LumpSum(Money.parse("300.00"), date("2025-04-01")))
            .build();
    ArrangementMonitor monitor = monitor(ExamplePolicies.expectedBalance());

    assertThat(arrangement.schedule().instalments()).hasSize(4);
    assertThat(
            monitor.review(live(arrangement), debt().asMap(), date("2025-04-03")).record().state())
        .isEqualTo(ArrangementState.LIVE);
    Review review = monitor.review(live(arrangement), debt().asMap(), date("2025-04-04"));
    assertThat(review.record().state()).isEqualTo(ArrangementState.BREACHED);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse("900.00"));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse("1200.00"));
  }

  @Test
  void aLumpSumAndEveryInstalmentPaidCompletesTheArrangement() {
    Arrangement arrangement =
        arrangement(InstalmentFrequency.MONTHLY, "300.00")
            .lumpSum(new LumpSum(Money.parse("300.00"), date("2025-04-01")))
            .build();
    TestLedger ledger =
        debt()
            .payment("2025-04-01", "300.00")
            .payment("2025-04-07", "300.00")
            .payment("2025-05-07", "300.00");
    ArrangementMonitor monitor = monitor(ExamplePolicies.both());

    Review may = monitor.review(live(arrangement), ledger.asMap(), date("2025-05-10"));
    assertThat(may.record().state()).isEqualTo(ArrangementState.LIVE);
    assertThat(may.assessment().expectedBalance()).isEqualTo(Money.parse("300.00"));

    ledger.payment("2025-06-07", "300.00");
    Review june = monitor.review(may.record(), ledger.asMap(), date("2025-06-07"));
    assertThat(june.record().state()).isEqualTo(ArrangementState.COMPLETED);
    assertThat(june.event())
        .contains(
            new ArrangementEvent.ArrangementCompleted(
                ArrangementId.of("ARR-1"), date("2025-06-07"), ImmutableMap.of(MW1, REMINDER_2)));
    StateChange last = june.record().history().get(june.record().history().size() - 1);
    assertThat(last.actualBalance()).isEqualTo(Money.ZERO);
    assertThat(last.expectedBalance()).isEqualTo(Money.parse("300.00"));
    assertThat(last.reason()).isEqualTo("the covered balance is £0.00: the debt is cleared");
  }

  @Test
  void aBreachedArrangementReturnsToLiveWhenTheDebtorCatchesUp() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger = debt().payment("2025-04-07", "400.00");
    ArrangementMonitor monitor = monitor(ExamplePolicies.both());

    Review breach = monitor.review(live(arrangement), ledger.asMap(), date("2025-05-10"));
    assertThat(breach.record().state()).isEqualTo(ArrangementState.BREACHED);
    ArrangementEvent.ArrangementBreached event =
        (ArrangementEvent.ArrangementBreached) breach.event().orElseThrow();
    assertThat(event.resumeAt()).containsEntry(MW1, REMINDER_2);
    assertThat(event.expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(event.actualBalance()).isEqualTo(Money.parse("800.00"));
    assertThat(event.releasesHold()).isTrue();

    ledger.payment("2025-05-20", "400.00");
    Review caughtUp = monitor.review(breach.record(), ledger.asMap(), date("2025-05-20"));

    assertThat(caughtUp.record().state()).isEqualTo(ArrangementState.LIVE);
    assertThat(caughtUp.event())
        .contains(
            new ArrangementEvent.ArrangementReinstated(
                ArrangementId.of("ARR-1"), date("2025-05-20"), ImmutableMap.of(MW1, REMINDER_2)));
    assertThat(caughtUp.record().history())
        .extracting(StateChange::to)
        .containsExactly(ArrangementState.LIVE, ArrangementState.BREACHED, ArrangementState.LIVE);
    StateChange reinstated = caughtUp.record().history().get(2);
    assertThat(reinstated.expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(reinstated.actualBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(reinstated.reason())
        .isEqualTo(
            "caught up: paid £800.00 against £800.00 due; balance £400.00 against an expected"
                + " £400.00");
    // the record answers as of any earlier date
    assertThat(caughtUp.record().stateOn(date("2025-05-15"))).contains(ArrangementState.BREACHED);
    assertThat(caughtUp.record().stateOn(date("2025-03-31"))).isEmpty();
    // so does the assessment: the later payment is not seen on 10 May
    assertThat(
            monitor.assess(caughtUp.record(), ledger.asMap(), date("2025-05-10")).actualBalance())
        .isEqualTo(Money.parse("800.00"));
  }

  @Test
  void ongoingChargesRaisedSinceTheStartAreAddedToTheExpectedBalance() {
    Arrangement arrangement =
        arrangement(InstalmentFrequency.MONTHLY, "500.00")
            .ongoingChargePerInstalment(Money.parse("100.00"))
            .build();
    TestLedger ledger =
        debt()
            .charge("2025-04-01", "100.00")
            .payment("2025-04-07", "500.00")
            .charge("2025-05-01", "100.00")
            .payment("2025-05-07", "500.00");

    Review review =
        monitor(ExamplePolicies.both())
            .review(live(arrangement), ledger.asMap(), date("2025-05-10"));

    assertThat(arrangement.schedule().regularInstalments()).hasSize(3);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(review.record().state()).isEqualTo(ArrangementState.LIVE);
  }

  @Test
  void aFailedDirectDebitCountsAsMissedAndBreaches() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger =
        debt()
            .directDebit("DD-1", "2025-04-07", "400.00")
            .returned("DD-1", "2025-04-10", "ARUDD 0 refer to payer");

    Review review =
        monitor(ExamplePolicies.expectedBalance())
            .review(live(arrangement), ledger.asMap(), date("2025-04-10"));

    assertThat(review.record().state()).isEqualTo(ArrangementState.BREACHED);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse("800.00"));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(review.assessment().directDebitFailures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.collectedOn()).isEqualTo(date("2025-04-07"));
              assertThat(f.failedOn()).isEqualTo(date("2025-04-10"));
              assertThat(f.reason()).isEqualTo("ARUDD 0 refer to payer");
              assertThat(f.amount()).isEqualTo(Money.parse("400.00"));
            });
  }

  @Test
  void aDirectDebitReturnedAfterTheToleranceDaysStillCountsAsMissed() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger =
        debt()
            .directDebit("DD-1", "2025-04-07", "400.00")
            .returned("DD-1", "2025-04-14", "ARUDD 1");
    MonitoringPolicy oneMiss =
        MonitoringPolicy.builder()
            .from(ExamplePolicies.missedInstalments())
            .missedInstalmentsForBreach(1)
            .build();

    ArrangementMonitor monitor = monitor(oneMiss);

    assertThat(
            monitor.review(live(arrangement), ledger.asMap(), date("2025-04-13")).record().state())
        .isEqualTo(ArrangementState.LIVE);
    Review review = monitor.review(live(arrangement), ledger.asMap(), date("2025-04-14"));
    assertThat(review.record().state()).isEqualTo(ArrangementState.BREACHED);
    assertThat(review.record().history().get(1).reason())
        .isEqualTo(
            "1 instalment(s) missed in the last 90 days (due [2025-04-07]); 1 make a breach");
  }

  @Test
  void underTheDoublingRuleAFailedCollectionMovesOntoTheNextInstalment() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger =
        debt()
            .directDebit("DD-1", "2025-04-07", "400.00")
            .returned("DD-1", "2025-04-10", "ARUDD 0");
    ArrangementMonitor monitor = monitor(ExamplePolicies.rotherhamDirectDebit());

    Review april = monitor.review(live(arrangement), ledger.asMap(), date("2025-04-10"));
    assertThat(april.record().state()).isEqualTo(ArrangementState.LIVE);
    assertThat(april.assessment().expectedBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(april.assessment().schedule().instalments())
        .extracting(ScheduledInstalment::dueOn, ScheduledInstalment::amount)
        .containsExactly(
            tuple(date("2025-05-07"), Money.parse("800.00")),
            tuple(date("2025-06-07"), Money.parse("400.00")));

    ledger.directDebit("DD-2", "2025-05-07", "800.00");
    Review may = monitor.review(april.record(), ledger.asMap(), date("2025-05-10"));
    assertThat(may.record().state()).isEqualTo(ArrangementState.LIVE);
    assertThat(may.assessment().expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(may.assessment().actualBalance()).isEqualTo(Money.parse("400.00"));

    ledger.directDebit("DD-3", "2025-06-07", "400.00");
    assertThat(monitor.review(may.record(), ledger.asMap(), date("2025-06-10")).record().state())
        .isEqualTo(ArrangementState.COMPLETED);
  }

  @Test
  void underTheDoublingRuleAnUnpaidDoubledInstalmentIsABreach() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger =
        debt()
            .directDebit("DD-1", "2025-04-07", "400.00")
            .returned("DD-1", "2025-04-10", "ARUDD 0");

    Review review =
        monitor(ExamplePolicies.rotherhamDirectDebit())
            .review(live(arrangement), ledger.asMap(), date("2025-05-10"));

    assertThat(review.record().state()).isEqualTo(ArrangementState.BREACHED);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse("1200.00"));
  }

  @Test
  void aSecondDirectDebitFailureCancelsTheArrangement() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger =
        debt()
            .directDebit("DD-1", "2025-04-07", "400.00")
            .returned("DD-1", "2025-04-10", "ARUDD 0")
            .directDebit("DD-2", "2025-05-07", "800.00")
            .returned("DD-2", "2025-05-12", "ARUDD 1");
    ArrangementMonitor monitor = monitor(ExamplePolicies.rotherhamDirectDebit());
    ArrangementRecord afterFirst =
        monitor.review(live(arrangement), ledger.asMap(), date("2025-04-10")).record();

    Review review = monitor.review(afterFirst, ledger.asMap(), date("2025-05-12"));

    assertThat(review.record().state()).isEqualTo(ArrangementState.CANCELLED);
    String reason =
        "2 Direct Debit collections failed (£400.00 collected 2025-04-07, returned 2025-04-10"
            + " 'ARUDD 0'; £800.00 collected 2025-05-07, returned 2025-05-12 'ARUDD 1'); the"
            + " policy cancels after 2";
    assertThat(review.record().history().get(1).reason()).isEqualTo(reason);
    assertThat(review.record().history().get(1).actualBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(review.event())
        .contains(
            new ArrangementEvent.ArrangementCancelled(
                ArrangementId.of("ARR-1"),
                date("2025-05-12"),
                ImmutableMap.of(MW1, REMINDER_2),
                reason));
    // a cancelled arrangement is not monitored again
    assertThat(
            monitor.review(review.record(), ledger.asMap(), date("2025-06-30")).record().history())
        .hasSize(2);
  }

  @Test
  void aProposedArrangementIsAssessedButNotChanged() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    Map<AccountId, Ledger> ledgers = debt().asMap();

    Review review =
        monitor(ExamplePolicies.both())
            .review(ArrangementRecord.proposed(arrangement), ledgers, date("2025-06-30"));

    assertThat(review.record().state()).isEqualTo(ArrangementState.PROPOSED);
    assertThat(review.assessment().kept()).isFalse();
    assertThat(review.event()).isEqualTo(Optional.empty());
  }

  @Test
  void anOfficerCancellationKeepsTheBalancesOfTheDay() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger = debt().payment("2025-04-07", "400.00");

    Review review =
        monitor(ExamplePolicies.both())
            .cancel(
                live(arrangement),
                ledger.asMap(),
                date("2025-05-20"),
                "debtor asked to pay by a different method",
                Optional.of(OfficerId.of("HO-2")));

    StateChange change = review.record().history().get(1);
    assertThat(change.to()).isEqualTo(ArrangementState.CANCELLED);
    assertThat(change.on()).isEqualTo(date("2025-05-20"));
    // £1,200.00 less the April and May instalments due by 17 May (3 tolerance days)
    assertThat(change.expectedBalance()).isEqualTo(Money.parse("400.00"));
    assertThat(change.actualBalance()).isEqualTo(Money.parse("800.00"));
    assertThat(change.by()).contains(OfficerId.of("HO-2"));
    assertThat(review.event())
        .contains(
            new ArrangementEvent.ArrangementCancelled(
                ArrangementId.of("ARR-1"),
                date("2025-05-20"),
                ImmutableMap.of(MW1, REMINDER_2),
                "debtor asked to pay by a different method"));
  }

  @Test
  void aBreachOfACourtOrderedArrangementSaysSo() {
    Arrangement arrangement =
        arrangement(InstalmentFrequency.MONTHLY, "400.00")
            .kind(ArrangementKind.COURT_ORDERED)
            .build();

    Review review =
        monitor(ExamplePolicies.both())
            .review(live(arrangement), debt().asMap(), date("2025-05-12"));

    ArrangementEvent.ArrangementBreached breach =
        (ArrangementEvent.ArrangementBreached) review.event().orElseThrow();
    assertThat(breach.kind()).isEqualTo(ArrangementKind.COURT_ORDERED);
  }

  /**
   * A breathing space from 20 April to 18 June 2025 (60 days) pauses a monthly £400.00 arrangement
   * (first instalment 7 April, paid): nothing is missed inside it, the May and June instalments
   * move 60 days on (6 July, 6 August), and monitoring picks up after it.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2025-05-12 | LIVE     | 800.00 | 800.00 | inside the pause: no change although 7 May is unpaid
          2025-06-18 | LIVE     | 800.00 | 800.00 | last day of the pause
          2025-06-25 | LIVE     | 800.00 | 800.00 | after the pause, before the moved 6 July instalment
          2025-07-08 | LIVE     | 800.00 | 800.00 | 6 July + 2 days: within the 3 tolerance days
          2025-07-09 | BREACHED | 400.00 | 800.00 | 6 July + 3 tolerance days: the moved instalment is missed
          """)
  void aBreathingSpacePausesMonitoring(
      String asOf, ArrangementState state, String expected, String actual, String why) {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger = debt().payment("2025-04-07", "400.00");
    DateRange breathingSpace = DateRange.inclusive(date("2025-04-20"), date("2025-06-18"));

    Review review =
        monitor(ExamplePolicies.both())
            .review(live(arrangement), ledger.asMap(), date(asOf), List.of(breathingSpace));

    assertThat(review.record().state()).as(why).isEqualTo(state);
    assertThat(review.assessment().expectedBalance()).isEqualTo(Money.parse(expected));
    assertThat(review.assessment().actualBalance()).isEqualTo(Money.parse(actual));
    assertThat(review.assessment().schedule().instalments().get(1).dueOn())
        .isEqualTo(date("2025-07-06"));
    assertThat(review.assessment().schedule().arrangementTotal()).isEqualTo(Money.parse("1200.00"));
    assertThat(review.assessment().paused()).isEqualTo(breathingSpace.contains(date(asOf)));
  }

  @Test
  void withoutThePauseTheSameDebtorWouldHaveBreached() {
    Arrangement arrangement = arrangement(InstalmentFrequency.MONTHLY, "400.00").build();
    TestLedger ledger = debt().payment("2025-04-07", "400.00");

    Review review =
        monitor(ExamplePolicies.both())
            .review(live(arrangement), ledger.asMap(), date("2025-05-12"));

    assertThat(review.record().state()).isEqualTo(ArrangementState.BREACHED);
  }
}
