package org.homeownership.recovery.examples.account;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.PortfolioSweep;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.RecoveryEngine;
import org.homeownership.recovery.recoverycase.Worklist;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code worklist [--as-of DATE]}: sweeps every account in the database with the default recovery
 * policy and prints the accounts with work to do, in priority order. Recovery cases are not stored
 * yet, so every case starts at no stage: the worklist shows what is due from the ledgers alone.
 */
@Command(
    name = "worklist",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the recovery worklist of every account in the database.",
      "Sweeps every account in the database with the default recovery policy and prints the",
      "worklist: counts by outcome and action, then each account with work to do. Cases are",
      "not stored yet, so every account starts at no stage."
    })
public final class WorklistCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date to decide as of (default: today).")
  @Nullable LocalDate asOf;

  /** The engine the example app uses: the default policy, payments oldest due first. */
  static RecoveryEngine engine() {
    return new RecoveryEngine(
        DefaultRecoveryPolicy.policy(),
        new PaymentAllocator(AllocationStrategy.oldestDueFirst()),
        new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
        new ForfeitureGate(ForfeitureFigures.statutory()));
  }

  /** The case file of a stored account: its ledger, at no stage (cases are not stored yet). */
  static CaseFile caseFile(AccountLedger stored) {
    return CaseFile.builder()
        .ledger(stored.ledger())
        .recoveryCase(RecoveryCase.open(stored.account().id(), stored.account().stream()))
        .build();
  }

  @Override
  public Integer call() {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    try (OpenStore open = OpenStore.open(database.dataSource(), database.isH2());
        Stream<AccountLedger> portfolio = open.store().portfolio()) {
      Worklist worklist =
          new PortfolioSweep(engine()).worklist(portfolio.map(WorklistCommand::caseFile), date);
      out.println(worklist.describe());
      out.println("Note: recovery cases are not stored yet, so every account starts at no stage.");
      out.flush();
      return 0;
    }
  }
}
