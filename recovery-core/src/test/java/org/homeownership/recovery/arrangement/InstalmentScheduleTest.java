package org.homeownership.recovery.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The schedule's money laws on random arrangements, and worked examples. */
class InstalmentScheduleTest {

  private static final LocalDate FIRST = LocalDate.of(2025, 1, 31);

  /** An arrangement built from generated figures; the lump sum is taken when below the total. */
  private static Arrangement arrangement(
      long startingPence, int instalmentsWanted, long lumpPence, InstalmentFrequency frequency) {
    Optional<LumpSum> lump =
        lumpPence > 0 && lumpPence < startingPence
            ? Optional.of(new LumpSum(Money.ofPence(lumpPence), FIRST.minusDays(3)))
            : Optional.empty();
    long afterLump = startingPence - lump.map(l -> l.amount().pence()).orElse(0L);
    long component =
        frequency == InstalmentFrequency.ONE_OFF
            ? afterLump
            : Math.max(1, -Math.floorDiv(-afterLump, instalmentsWanted));
    return ArrangementMonitorTest.arrangement(frequency, "0.01")
        .instalmentAmount(Money.ofPence(component))
        .startingBalance(Money.ofPence(startingPence))
        .firstInstalmentOn(FIRST)
        .madeOn(FIRST.minusDays(10))
        .lumpSum(lump)
        .build();
  }

  private static Gen<Arrangement> arrangements() {
    return longs()
        .between(1, 100_000_000_00L)
        .zip(
            integers().between(1, 400),
            longs().between(0, 100_000_00L),
            Generate.enumValues(InstalmentFrequency.class),
            InstalmentScheduleTest::arrangement);
  }

  @Test
  void theInstalmentsOverTheTermSumToTheArrangementTotal() {
    qt().forAll(arrangements())
        .checkAssert(
            arrangement -> {
              InstalmentSchedule schedule = arrangement.schedule();
              assertThat(schedule.arrangementTotal()).isEqualTo(arrangement.startingBalance());
              assertThat(schedule.expectedArrearsBalance(schedule.lastDueDate()))
                  .isEqualTo(Money.ZERO);
              // every regular instalment but the last is the agreed amount; the last is the
              // remainder
              ImmutableList<ScheduledInstalment> regular = schedule.regularInstalments();
              for (int i = 0; i < regular.size() - 1; i++) {
                assertThat(regular.get(i).amount()).isEqualTo(arrangement.instalmentAmount());
              }
              Money last = regular.get(regular.size() - 1).arrearsComponent();
              assertThat(last.isPositive()).isTrue();
              assertThat(last.isGreaterThan(arrangement.arrearsComponent())).isFalse();
            });
  }

  @Test
  void theExpectedBalanceNeverRisesBetweenInstalmentDates() {
    qt().forAll(arrangements(), integers().between(0, 5))
        .checkAssert(
            (arrangement, failures) -> {
              InstalmentSchedule schedule = arrangement.schedule();
              // Direct Debit deferrals move amounts later but must keep the laws too
              for (int f = 0; f < failures && schedule.instalments().size() > 1; f++) {
                schedule = schedule.deferredToNext(schedule.instalments().get(0).number());
              }
              assertThat(schedule.arrangementTotal()).isEqualTo(arrangement.startingBalance());
              Money previous = schedule.expectedArrearsBalance(FIRST.minusDays(20));
              assertThat(previous).isEqualTo(arrangement.startingBalance());
              for (ScheduledInstalment instalment : schedule.instalments()) {
                for (LocalDate day :
                    new LocalDate[] {
                      instalment.dueOn().minusDays(1),
                      instalment.dueOn(),
                      instalment.dueOn().plusDays(1)
                    }) {
                  Money expected = schedule.expectedArrearsBalance(day);
                  assertThat(expected.isGreaterThan(previous))
                      .as("expected balance on %s rose from %s to %s", day, previous, expected)
                      .isFalse();
                  assertThat(expected.isNegative()).isFalse();
                  previous = expected;
                }
              }
            });
  }

  @Test
  void aPauseMovesPaymentsPastItAndKeepsTheTotal() {
    qt().forAll(arrangements(), integers().between(-30, 400), integers().between(1, 120))
        .checkAssert(
            (arrangement, startOffset, length) -> {
              InstalmentSchedule schedule = arrangement.schedule();
              LocalDate start = FIRST.plusDays(startOffset);
              DateRange pause = new DateRange(start, start.plusDays(length));
              InstalmentSchedule paused = schedule.pausedFor(pause);

              assertThat(paused.arrangementTotal()).isEqualTo(schedule.arrangementTotal());
              assertThat(paused.totalPayable()).isEqualTo(schedule.totalPayable());
              assertThat(paused.instalments()).hasSameSizeAs(schedule.instalments());
              for (ScheduledInstalment instalment : paused.instalments()) {
                assertThat(pause.contains(instalment.dueOn()))
                    .as("%s falls due in the pause %s", instalment, pause)
                    .isFalse();
              }
              // nothing falls due earlier than it did, so the expected balance never falls sooner
              for (ScheduledInstalment instalment : schedule.instalments()) {
                assertThat(
                        paused
                            .expectedArrearsBalance(instalment.dueOn())
                            .isLessThan(schedule.expectedArrearsBalance(instalment.dueOn())))
                    .isFalse();
              }
            });
  }

  @Test
  void theFinalInstalmentTakesTheRemainder() {
    Arrangement arrangement =
        ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "130.00")
            .startingBalance(Money.parse("1234.56"))
            .lumpSum(new LumpSum(Money.parse("200.00"), LocalDate.of(2025, 4, 1)))
            .build();

    InstalmentSchedule schedule = arrangement.schedule();

    // £1,234.56 - £200.00 = £1,034.56 = 7 x £130.00 + £124.56
    assertThat(schedule.regularInstalments()).hasSize(8);
    assertThat(schedule.regularInstalments().get(7).amount()).isEqualTo(Money.parse("124.56"));
    assertThat(schedule.lastDueDate()).isEqualTo(LocalDate.of(2025, 11, 7));
    assertThat(schedule.totalPayable()).isEqualTo(Money.parse("1234.56"));
    assertThat(schedule.expectedArrearsBalance(LocalDate.of(2025, 5, 6)))
        .isEqualTo(Money.parse("904.56"));
    assertThat(arrangement.termMonths()).isEqualTo(8);
  }

  @Test
  void monthlyInstalmentsFromTheThirtyFirstClipToTheMonthEnd() {
    assertThat(InstalmentFrequency.MONTHLY.dueDate(FIRST, 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(InstalmentFrequency.MONTHLY.dueDate(FIRST, 2)).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(InstalmentFrequency.FOUR_WEEKLY.dueDate(FIRST, 1))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(InstalmentFrequency.WEEKLY.countUpTo(FIRST, LocalDate.of(2025, 3, 1))).isEqualTo(5);
  }

  @Test
  void refusesTermsThatCannotWork() {
    assertThatThrownBy(
            () ->
                ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "100.00")
                    .ongoingChargePerInstalment(Money.parse("100.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "arrangement ARR-1: instalmentAmount 100.00 must be above the ongoing charge 100.00");
    assertThatThrownBy(
            () -> ArrangementMonitorTest.arrangement(InstalmentFrequency.ONE_OFF, "100.00").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arrangement ARR-1: a one-off instalment must clear 1200.00, not 100.00");
    assertThatThrownBy(
            () ->
                ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "100.00")
                    .putHeldAtStage(AccountId.of("SC-9"), StageReference.of("X"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heldAtStage names account SC-9");
    assertThatThrownBy(
            () ->
                ArrangementMonitorTest.arrangement(InstalmentFrequency.WEEKLY, "0.01")
                    .build()
                    .schedule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an arrears component of 0.01 needs more than 5200 instalments to clear 1200.00");
  }
}
