package org.homeownership.recovery.examples.account;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.examples.CaseFiles;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.examples.NoDatabaseException;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.examples.RecoveryExamples;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.Decision;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code case-file ACCOUNT --output FILE.pdf|FILE.zip|DIR}: a court or tribunal bundle for one
 * account ({@link CaseBundle}) from what the database holds: its ledger, its stored recovery case
 * with holds, arrangements and contacts ({@link CaseFiles}), and its issued notices, whose copies
 * are read from the demo's document folder. As one PDF, a zip, or files in a folder.
 */
@Command(
    name = "case-file",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a court or tribunal bundle for one account.",
      "Writes a court or tribunal bundle for ACCOUNT: an index (contents, summary and recovery",
      "decision, notices with their dates of service, arrangements, and a chronology of demands,",
      "payments, notices, recovery steps, holds, arrangements and contacts), the statement of",
      "account, and a copy of each notice. --output FILE.pdf writes one PDF, paginated",
      "throughout; FILE.zip a zip with the index as text; any other path a folder."
    })
public final class CaseFileCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account reference.")
  @Nullable String account;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE.pdf|FILE.zip|DIR",
      description =
          "One PDF (name ending .pdf), a zip (.zip), or a folder to write the files into.")
  @Nullable Path output;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The bundle's date: entries up to it, the decision as of it (default: the latest date"
              + " the database records: its latest ledger entry or stage move).")
  @Nullable LocalDate asOf;

  @Option(
      names = "--documents",
      paramLabel = "DIR",
      description =
          "The folder the notices' document references are relative to (default: the folder of"
              + " the H2 database file, else demo-output).")
  @Nullable Path documents;

  @Override
  public Integer call() throws IOException {
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    RecoveryExamples.quiet();
    Path target = Objects.requireNonNull(output, "--output");
    try (OpenStore open = OpenStore.existing(database)) {
      OpenStore.AsOf date = open.asOf(asOf, LocalDate.now());
      AccountId id = AccountId.of(Objects.requireNonNull(account, "ACCOUNT"));
      Optional<DebtorAccount> found = open.store().find(id);
      if (found.isEmpty()) {
        err.println("account " + id + " is not in the database " + database.jdbcUrl());
        return 1;
      }
      CaseFiles files = CaseFiles.from(open.store());
      Ledger ledger = open.store().ledger(id);
      CaseFile file = files.of(new AccountLedger(found.get(), ledger), date.date());
      Decision decision = WorklistCommand.engine().decide(file, date.date());
      Path folder = documents == null ? documentFolder(database.jdbcUrl()) : documents;
      List<CaseBundle.NoticeCopy> notices =
          open.store().issuedNotices(id).stream().map(n -> copy(n, folder)).toList();
      List<ArrangementRecord> arrangements =
          files.book().records().stream()
              .filter(r -> r.arrangement().accounts().contains(id))
              .toList();
      CaseBundle bundle =
          CaseBundle.of(found.get(), file, decision, notices, arrangements, date.date());
      String name = target.getFileName() == null ? "" : target.getFileName().toString();
      if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
        Files.write(target, bundle.pdf());
      } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        Files.write(target, bundle.zip());
      } else {
        Files.createDirectories(target);
        for (Map.Entry<String, byte[]> f : bundle.files().entrySet()) {
          Files.write(target.resolve(f.getKey()), f.getValue());
        }
      }
      err.println("wrote " + target + ", " + date.describe());
      err.flush();
      return 0;
    } catch (NoDatabaseException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }

  /**
   * The folder a notice's document reference is relative to: the demo writes its letters beside its
   * H2 database ({@code letters/...} in the output folder).
   */
  static Path documentFolder(String jdbcUrl) {
    String prefix =
        jdbcUrl.startsWith("jdbc:h2:file:")
            ? "jdbc:h2:file:"
            : jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:")
                ? "jdbc:h2:"
                : null;
    if (prefix == null) {
      return DatabaseOptions.DEFAULT_OUTPUT;
    }
    String file = jdbcUrl.substring(prefix.length());
    int options = file.indexOf(';');
    Path database = Path.of(options < 0 ? file : file.substring(0, options));
    Path parent = database.toAbsolutePath().getParent();
    return parent == null ? DatabaseOptions.DEFAULT_OUTPUT : parent;
  }

  /** The notice with its copy from {@code folder}, if the copy is there and its hash matches. */
  static CaseBundle.NoticeCopy copy(IssuedNotice notice, Path folder) {
    Path path = folder.resolve(notice.documentReference());
    if (!Files.isRegularFile(path)) {
      return new CaseBundle.NoticeCopy(
          notice, Optional.empty(), "copy not found at " + notice.documentReference());
    }
    try {
      byte[] pdf = Files.readAllBytes(path);
      if (!Hashing.sha256().hashBytes(pdf).toString().equals(notice.contentHash())) {
        return new CaseBundle.NoticeCopy(
            notice,
            Optional.empty(),
            "copy at " + notice.documentReference() + " differs from the SHA-256 recorded");
      }
      return new CaseBundle.NoticeCopy(notice, Optional.of(pdf), "");
    } catch (IOException e) {
      return new CaseBundle.NoticeCopy(
          notice, Optional.empty(), "copy at " + notice.documentReference() + " cannot be read");
    }
  }
}
