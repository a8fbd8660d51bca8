package org.homeownership.recovery.examples.account;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.recoverycase.Decision;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code case-file ACCOUNT --output DIR|FILE.zip}: a court or tribunal bundle for one account: an
 * index with the chronology and the recovery decision, and the statement of account as PDF and
 * text; as a zip, or as files in a folder.
 */
@Command(
    name = "case-file",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a court or tribunal bundle for one account.",
      "Writes a court or tribunal bundle for ACCOUNT: index.txt (chronology of charges,",
      "payments and every other ledger entry; the recovery decision) and the statement of",
      "account as PDF and text. --output FILE.zip writes a zip; any other path is a folder."
    })
public final class CaseFileCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account reference.")
  @Nullable String account;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR|FILE.zip",
      description = "A zip file (name ending .zip) or a folder to write the bundle into.")
  @Nullable Path output;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The bundle's date: entries up to it, the decision as of it (default: today).")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    Path target = java.util.Objects.requireNonNull(output, "--output");
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    try (OpenStore open = OpenStore.open(database.dataSource(), database.isH2())) {
      AccountId id = AccountId.of(java.util.Objects.requireNonNull(account, "ACCOUNT"));
      Optional<DebtorAccount> found = open.store().find(id);
      if (found.isEmpty()) {
        err.println("account " + id + " is not in the database " + database.jdbcUrl());
        return 1;
      }
      Ledger ledger = open.store().ledger(id);
      Decision decision =
          WorklistCommand.engine()
              .decide(WorklistCommand.caseFile(new AccountLedger(found.get(), ledger)), date);
      CaseBundle bundle = CaseBundle.of(found.get(), ledger, decision, date);
      if (target.getFileName() != null && target.getFileName().toString().endsWith(".zip")) {
        Files.write(target, bundle.zip());
      } else {
        Files.createDirectories(target);
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
          Files.write(target.resolve(file.getKey()), file.getValue());
        }
      }
      err.println("wrote " + target);
      err.flush();
      return 0;
    }
  }
}
