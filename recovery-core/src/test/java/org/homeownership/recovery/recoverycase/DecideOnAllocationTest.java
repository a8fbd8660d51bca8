package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Set;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link RecoveryEngine#decide(CaseFile, LocalDate, Allocation)}, given the allocation the sweep
 * already made, decides exactly as {@link RecoveryEngine#decide(CaseFile, LocalDate)}, which counts
 * the arrears from the allocator's figures alone; and it refuses an allocation that is not the one
 * the engine would have made.
 */
class DecideOnAllocationTest {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final PaymentAllocator ALLOCATOR =
      new PaymentAllocator(AllocationStrategy.oldestDueFirst());

  /** A random account as in {@link RecoveryEnginePropertiesTest}, and a charge disputed or none. */
  private static Gen<Object[]> scenarios() {
    Gen<int[]> entries =
        integers()
            .between(0, 400)
            .zip(integers().between(1, 200_000), (day, pence) -> new int[] {day, pence});
    Gen<int[]> stages =
        integers()
            .between(
                -1, DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES).stages().size() - 1)
            .zip(integers().between(0, 400), (stage, day) -> new int[] {stage, day});
    Gen<RecoveryEnginePropertiesTest.Scenario> scenarios =
        stages.zip(
            lists().of(entries).ofSizeBetween(1, 4),
            lists().of(entries).ofSizeBetween(0, 3),
            integers().between(-1, 450),
            integers().between(0, 500),
            (stage, charges, payments, holdDay, asOfDay) ->
                new RecoveryEnginePropertiesTest.Scenario(
                    charges, payments, stage[0], stage[1], holdDay, asOfDay));
    return scenarios.zip(
        integers().between(0, 5), integers().between(-1, 450), (s, c, d) -> new Object[] {s, c, d});
  }

  @Test
  void givesTheDecisionTheEngineMakesWhenItAllocatesItself() {
    qt().withExamples(400)
        .forAll(scenarios())
        .checkAssert(
            drawn -> {
              RecoveryEnginePropertiesTest.Scenario scenario =
                  (RecoveryEnginePropertiesTest.Scenario) drawn[0];
              CaseFile file = withDispute(scenario.file(), (Integer) drawn[1], (Integer) drawn[2]);
              LocalDate asOf = scenario.asOf();
              Allocation allocation =
                  ALLOCATOR.allocate(file.ledger(), asOf, disputedOn(file, asOf));

              Decision own = Fixtures.engine().decide(file, asOf);
              Decision given = Fixtures.engine().decide(file, asOf, allocation);

              assertThat(given).isEqualTo(own);
              assertThat(given.describe()).isEqualTo(own.describe());
            });
  }

  @Test
  void refusesAnAllocationOfAnotherDateOrWithTheDisputesLeftOut() {
    Ledger ledger =
        Fixtures.ledger().charge("2024-01-01", "900.00").payment("2024-02-01", "100.00").build();
    CaseFile file =
        Fixtures.file(ledger, Fixtures.fresh())
            .addHolds(
                new Hold.ChargeDispute(
                    HoldTerms.from(START, "disputes the bill", Fixtures.OFFICER), EntryId.of(1)))
            .build();
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    RecoveryEngine engine = Fixtures.engine();

    assertThatThrownBy(
            () ->
                engine.decide(
                    file,
                    asOf,
                    ALLOCATOR.allocate(ledger, asOf.minusDays(1), Set.of(EntryId.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocation as of 2024-05-31 given for a decision as of 2024-06-01");
    assertThatThrownBy(() -> engine.decide(file, asOf, ALLOCATOR.allocate(ledger, asOf)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocation does not mark disputed every charge the holds in force dispute");
    assertThatThrownBy(
            () ->
                engine.decide(
                    file,
                    asOf,
                    new PaymentAllocator(
                            AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()))
                        .allocate(ledger, asOf, Set.of(EntryId.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("allocation by strategy 'the demand a payment names first");
    assertThat(engine.decide(file, asOf, ALLOCATOR.allocate(ledger, asOf, Set.of(EntryId.of(1)))))
        .isEqualTo(engine.decide(file, asOf));
  }

  @Test
  void refusesAnAllocationThatMarksAChargeNoHoldDisputes() {
    Ledger ledger = Fixtures.ledger().charge("2024-01-01", "900.00").build();
    CaseFile file = Fixtures.file(ledger, Fixtures.fresh()).build();
    LocalDate asOf = LocalDate.of(2024, 6, 1);

    assertThatThrownBy(
            () ->
                Fixtures.engine()
                    .decide(file, asOf, ALLOCATOR.allocate(ledger, asOf, Set.of(EntryId.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocation marks charge 1 disputed, but no hold in force does");
  }

  /** The file with charge {@code charge} (an id; 0 for none) disputed from {@code day}. */
  private static CaseFile withDispute(CaseFile file, int charge, int day) {
    if (charge == 0 || day < 0) {
      return file;
    }
    return ImmutableCaseFile.builder()
        .from(file)
        .addHolds(
            new Hold.ChargeDispute(
                HoldTerms.from(START.plusDays(day), "disputes the bill", Fixtures.OFFICER),
                EntryId.of(charge)))
        .build();
  }

  private static ImmutableSet<EntryId> disputedOn(CaseFile file, LocalDate asOf) {
    return file.holds().stream()
        .filter(h -> h.isInForceOn(asOf))
        .filter(Hold.ChargeDispute.class::isInstance)
        .map(h -> ((Hold.ChargeDispute) h).charge())
        .collect(ImmutableSet.toImmutableSet());
  }
}
