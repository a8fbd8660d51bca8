package org.homeownership.recovery.examples.account;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.examples.CaseFiles;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.examples.NoDatabaseException;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.PortfolioSweep;
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
 * policy and prints the accounts with work to do, in priority order. Each account's case file is
 * loaded from the database ({@link CaseFiles}): its stored stage history and holds, its live
 * arrangement, its contact log; so the worklist continues from where the demo left each account.
 * Without {@code --as-of} it is as of the latest date the database records ({@link
 * OpenStore#latestRecordedDate()}), printed on the first line.
 */
@Command(
    name = "worklist",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the recovery worklist of every account in the database.",
      "Sweeps every account in the database with the default recovery policy, from its stored",
      "case, holds, arrangements and contacts, and prints the stored cases by stage, then the",
      "worklist: counts by outcome and action, and each account with work to do."
    })
public final class WorklistCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date to decide as of (default: the latest date the database records: its latest"
              + " ledger entry or stage move).")
  @Nullable LocalDate asOf;

  /** The engine the example app uses: the default policy, payments oldest due first. */
  static RecoveryEngine engine() {
    return new RecoveryEngine(
        DefaultRecoveryPolicy.policy(),
        new PaymentAllocator(AllocationStrategy.oldestDueFirst()),
        new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
        new ForfeitureGate(ForfeitureFigures.statutory()));
  }

  @Override
  public Integer call() {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    try (OpenStore open = OpenStore.existing(database)) {
      OpenStore.AsOf date = open.asOf(asOf, LocalDate.now());
      CaseFiles files = CaseFiles.from(open.store());
      Worklist worklist;
      try (Stream<AccountLedger> portfolio = open.store().portfolio()) {
        worklist =
            new PortfolioSweep(engine())
                .worklist(portfolio.map(a -> files.of(a, date.date())), date.date());
      }
      out.println("Recovery worklist " + date.describe());
      out.println(stages(open));
      out.println(worklist.describe());
      out.flush();
      return 0;
    } catch (NoDatabaseException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** How many stored cases stand at each stage, in ladder order: where the demo left them. */
  private static String stages(OpenStore open) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES)
        .stages()
        .forEach(s -> counts.put(s.code().code(), 0));
    int none = 0;
    int stored = 0;
    try (Stream<Versioned<CaseRecord>> cases = open.store().recoveryCases()) {
      for (Versioned<CaseRecord> c : (Iterable<Versioned<CaseRecord>>) cases::iterator) {
        stored++;
        Optional<StageReference> stage = c.value().recoveryCase().currentStage();
        if (stage.isPresent()) {
          counts.merge(stage.get().code(), 1, Integer::sum);
        } else {
          none++;
        }
      }
    }
    StringBuilder text = new StringBuilder();
    text.append("Stored recovery cases: ").append(stored).append(" (at no stage: ").append(none);
    counts.forEach(
        (code, n) -> {
          if (n > 0) {
            text.append("; ").append(code).append(": ").append(n);
          }
        });
    return text.append(')').toString();
  }
}
