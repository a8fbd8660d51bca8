package org.homeownership.recovery.benchmarks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.OutcomeKind;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.RecoveryEngine;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The recovery decision as a sweep step: each account, as a fresh service charge case with no holds
 * or contacts, goes through {@link RecoveryEngine#decide(CaseFile, LocalDate)} with the example
 * {@link DefaultRecoveryPolicy}, and the outcomes are counted. The engine counts the arrears from
 * the allocator's figures alone, so the step needs neither the sweep's allocation nor its aged
 * debt.
 */
final class RecoveryDecisionStep implements PortfolioSweep.Step {

  private final LocalDate asOf;
  private final RecoveryEngine engine =
      new RecoveryEngine(
          DefaultRecoveryPolicy.policy(),
          new PaymentAllocator(AllocationStrategy.oldestDueFirst()),
          new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
          new ForfeitureGate(ForfeitureFigures.statutory()));
  private final Map<OutcomeKind, Long> outcomes = new EnumMap<>(OutcomeKind.class);

  RecoveryDecisionStep(LocalDate asOf) {
    this.asOf = asOf;
  }

  @Override
  public void accept(Ledger ledger, @Nullable Allocation allocation, @Nullable AgedDebt aged) {
    CaseFile file =
        CaseFile.builder()
            .ledger(ledger)
            .recoveryCase(RecoveryCase.open(ledger.account(), DebtStream.SERVICE_CHARGES))
            .build();
    Decision decision = engine.decide(file, asOf);
    outcomes.merge(decision.kind(), 1L, Long::sum);
  }

  /** The decision counts the arrears from the ledger itself, not from the sweep's allocation. */
  @Override
  public boolean needsAllocation() {
    return false;
  }

  /** The decision reads nothing of the account's aged debt. */
  @Override
  public boolean needsAgedDebt() {
    return false;
  }

  /** How many decisions of each kind were made so far. */
  Map<OutcomeKind, Long> outcomes() {
    return outcomes;
  }
}
