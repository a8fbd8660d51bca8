package org.homeownership.recovery.benchmarks;

import static java.util.Objects.requireNonNull;

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
 * or contacts, goes through {@link RecoveryEngine#decide} with the example {@link
 * DefaultRecoveryPolicy}, and the outcomes are counted. The engine decides on the sweep's own
 * allocation ({@link RecoveryEngine#decide(CaseFile, LocalDate, Allocation)}), so the ledger is
 * allocated once per account, not twice.
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
    requireNonNull(allocation, "allocation (the decision step needs the full allocation)");
    CaseFile file =
        CaseFile.builder()
            .ledger(ledger)
            .recoveryCase(RecoveryCase.open(ledger.account(), DebtStream.SERVICE_CHARGES))
            .build();
    Decision decision = engine.decide(file, asOf, allocation);
    outcomes.merge(decision.kind(), 1L, Long::sum);
  }

  /** How many decisions of each kind were made so far. */
  Map<OutcomeKind, Long> outcomes() {
    return outcomes;
  }
}
