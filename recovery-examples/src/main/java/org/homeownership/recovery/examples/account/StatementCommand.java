package org.homeownership.recovery.examples.account;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.examples.NoDatabaseException;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.examples.RecoveryExamples;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Statement;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statement ACCOUNT}: the statement of account of one account in the database. */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an account's statement of account, as text or PDF.",
      "Prints the statement of account of ACCOUNT from the database: opening balance, every",
      "entry with its running balance, closing balance. As text, or as a PDF/A letter."
    })
public final class StatementCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    pdf
  }

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account reference.")
  @Nullable String account;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day of the statement (default: the account's first entry).")
  @Nullable LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description =
          "Last day of the statement and the letter's date (default: the latest date the"
              + " database records: its latest ledger entry or stage move).")
  @Nullable LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or pdf (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write here instead of standard output (required for pdf).")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    RecoveryExamples.quiet();
    if (format == Format.pdf && output == null) {
      err.println("--format pdf needs --output FILE");
      return 2;
    }
    try (OpenStore open = OpenStore.existing(database)) {
      OpenStore.AsOf asOf = open.asOf(to, LocalDate.now());
      LocalDate end = asOf.date();
      AccountId id = AccountId.of(java.util.Objects.requireNonNull(account, "ACCOUNT"));
      Optional<DebtorAccount> found = open.store().find(id);
      if (found.isEmpty()) {
        err.println("account " + id + " is not in the database " + database.jdbcUrl());
        return 1;
      }
      Ledger ledger = open.store().ledger(id);
      LocalDate start = from == null ? AccountStatements.firstDay(ledger, end) : from;
      if (start.isAfter(end)) {
        err.println("--from " + start + " is after --to " + end);
        return 2;
      }
      Statement statement = ledger.statement(AccountStatements.period(ledger, start, end));
      if (to == null) {
        err.println("statement to " + end + ": " + asOf.source());
      }
      if (format == Format.pdf) {
        Files.write(output, AccountStatements.pdf(found.get(), statement, end));
        err.println("wrote " + output);
      } else if (output != null) {
        Files.writeString(output, statement.toText(), StandardCharsets.UTF_8);
        err.println("wrote " + output);
      } else {
        out.print(statement.toText());
        out.flush();
      }
      return 0;
    } catch (NoDatabaseException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
