package org.homeownership.recovery.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/** What the recovery engine asks: which debts are held, at which stage, and when it resumes. */
class ArrangementBookTest {

  private static final AccountId MW1 = ArrangementMonitorTest.MW1;
  private static final AccountId SC1 = AccountId.of("SC-1");
  private static final StageReference REMINDER_2 = ArrangementMonitorTest.REMINDER_2;
  private static final StageReference LETTER_OF_CLAIM = StageReference.of("LETTER_OF_CLAIM");

  private static final ArrangementMonitor MONITOR =
      ArrangementMonitorTest.monitor(ExamplePolicies.expectedBalance());
  private static final Map<AccountId, Ledger> LEDGERS =
      Map.of(
          MW1, ArrangementMonitorTest.debt().build(),
          SC1, TestLedger.of("SC-1").charge("2025-03-01", "1500.00").build());

  private static ArrangementRecord first() {
    return ArrangementMonitorTest.live(
        ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "400.00").build());
  }

  private static ArrangementRecord second() {
    return ArrangementMonitorTest.live(
        ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "200.00")
            .id(ArrangementId.of("ARR-2"))
            .addAccounts(SC1)
            .putHeldAtStage(SC1, LETTER_OF_CLAIM)
            .startingBalance(Money.parse("1500.00"))
            .madeOn(LocalDate.of(2025, 5, 1))
            .firstInstalmentOn(LocalDate.of(2025, 5, 7))
            .build());
  }

  @Test
  void aLiveArrangementHoldsEachCoveredAccountAtItsStage() {
    ArrangementBook book =
        ArrangementBook.empty()
            .putInForce(first(), LocalDate.of(2025, 4, 1), MONITOR, LEDGERS)
            .book();

    assertThat(book.holdsOn(LocalDate.of(2025, 4, 15)))
        .containsExactly(
            new RecoveryHold(
                MW1, ArrangementId.of("ARR-1"), Optional.of(REMINDER_2), LocalDate.of(2025, 4, 1)));
    assertThat(book.holdsOn(LocalDate.of(2025, 3, 31))).isEmpty();
    assertThat(book.holdOn(SC1, LocalDate.of(2025, 4, 15))).isEmpty();
  }

  @Test
  void aNewArrangementOnTheSameAccountsCancelsTheOldOneWithTheReason() {
    ArrangementBook book =
        ArrangementBook.empty()
            .putInForce(first(), LocalDate.of(2025, 4, 1), MONITOR, LEDGERS)
            .book();

    ArrangementBook.BookUpdate update =
        book.putInForce(second(), LocalDate.of(2025, 5, 1), MONITOR, LEDGERS);

    ArrangementRecord old = update.book().find(ArrangementId.of("ARR-1")).orElseThrow();
    assertThat(old.state()).isEqualTo(ArrangementState.CANCELLED);
    StateChange cancellation = old.history().get(1);
    assertThat(cancellation.on()).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(cancellation.reason())
        .isEqualTo("superseded by arrangement ARR-2 covering [MW-1, SC-1]");
    assertThat(cancellation.by()).contains(OfficerId.of("HO-1"));
    // 1 May: the £400.00 due 7 April (3 tolerance days) was not paid
    assertThat(cancellation.expectedBalance()).isEqualTo(Money.parse("800.00"));
    assertThat(cancellation.actualBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(update.cancelled())
        .containsExactly(
            new ArrangementEvent.ArrangementCancelled(
                ArrangementId.of("ARR-1"),
                LocalDate.of(2025, 5, 1),
                ImmutableMap.of(MW1, REMINDER_2),
                "superseded by arrangement ARR-2 covering [MW-1, SC-1]"));
    assertThat(update.book().holdsOn(LocalDate.of(2025, 5, 2)))
        .extracting(RecoveryHold::account, RecoveryHold::arrangement, RecoveryHold::heldAtStage)
        .containsExactly(
            tuple(MW1, ArrangementId.of("ARR-2"), Optional.of(REMINDER_2)),
            tuple(SC1, ArrangementId.of("ARR-2"), Optional.of(LETTER_OF_CLAIM)));
    // as of an earlier date the old arrangement still held the debt
    assertThat(update.book().holdsOn(LocalDate.of(2025, 4, 30)))
        .extracting(RecoveryHold::arrangement)
        .containsExactly(ArrangementId.of("ARR-1"));
  }

  @Test
  void aBreachReleasesTheHoldAndCatchingUpRestoresIt() {
    TestLedger ledger = ArrangementMonitorTest.debt().payment("2025-04-07", "400.00");
    ArrangementMonitor monitor = ArrangementMonitorTest.monitor(ExamplePolicies.both());
    ArrangementBook book =
        ArrangementBook.empty()
            .putInForce(first(), LocalDate.of(2025, 4, 1), MONITOR, LEDGERS)
            .book();

    Review breach =
        monitor.review(
            book.find(ArrangementId.of("ARR-1")).orElseThrow(),
            ledger.asMap(),
            LocalDate.of(2025, 5, 10));
    book = book.with(breach.record());
    assertThat(book.holdsOn(LocalDate.of(2025, 5, 10))).isEmpty();
    assertThat(breach.event().orElseThrow().resumeAt()).containsExactly(Map.entry(MW1, REMINDER_2));

    ledger.payment("2025-05-20", "400.00");
    book =
        book.with(
            monitor.review(breach.record(), ledger.asMap(), LocalDate.of(2025, 5, 20)).record());
    assertThat(book.holdsOn(LocalDate.of(2025, 5, 20)))
        .containsExactly(
            new RecoveryHold(
                MW1,
                ArrangementId.of("ARR-1"),
                Optional.of(REMINDER_2),
                LocalDate.of(2025, 5, 20)));
    assertThat(book.holdsOn(LocalDate.of(2025, 5, 15))).isEmpty();
  }

  @Test
  void onlyALiveArrangementIsPutInForce() {
    ArrangementRecord proposed =
        ArrangementRecord.proposed(
            ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "400.00").build());

    assertThatThrownBy(
            () ->
                ArrangementBook.empty()
                    .putInForce(proposed, LocalDate.of(2025, 4, 1), MONITOR, LEDGERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arrangement ARR-1 is PROPOSED, not LIVE");
  }
}
