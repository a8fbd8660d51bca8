package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.junit.jupiter.api.Test;

/**
 * {@link RecoveryEngine#decide(CaseFile, LocalDate)}, which counts the arrears from the allocator's
 * figures alone, makes exactly the decision {@link RecoveryEngine#decide(CaseFile, LocalDate,
 * org.homeownership.recovery.allocation.Allocation)} makes on the full allocation: the whole
 * decision by equals, and its text.
 */
class DecideWithoutAllocationTest {

  @Test
  void decidesAsOnTheFullAllocationOldestDueFirst() {
    check(AllocationStrategy.oldestDueFirst(), 1500);
  }

  @Test
  void decidesAsOnTheFullAllocationWhenPaymentsNameDemands() {
    check(AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()), 1000);
  }

  private static void check(AllocationStrategy strategy, int examples) {
    PaymentAllocator allocator = new PaymentAllocator(strategy);
    RecoveryEngine engine =
        new RecoveryEngine(
            DefaultRecoveryPolicy.policy(),
            allocator,
            new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
            new ForfeitureGate(ForfeitureFigures.statutory()));
    qt().withExamples(examples)
        .forAll(RandomCaseFiles.caseFiles(60))
        .checkAssert(
            drawn -> {
              CaseFile file = drawn.file();
              LocalDate asOf = drawn.asOf();

              Decision figures = engine.decide(file, asOf);
              Decision full =
                  engine.decide(
                      file, asOf, allocator.allocate(file.ledger(), asOf, drawn.disputedOnAsOf()));

              assertThat(figures).isEqualTo(full);
              assertThat(figures.describe()).isEqualTo(full.describe());
            });
  }
}
