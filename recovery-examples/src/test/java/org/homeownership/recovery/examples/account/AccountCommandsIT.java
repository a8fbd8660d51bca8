package org.homeownership.recovery.examples.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code statement}, {@code worklist} and {@code case-file} end to end on an H2 database. */
class AccountCommandsIT {

  @TempDir Path dir;
  private TestDatabase db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void accounts() {
    db = new TestDatabase(dir);
    AccountId owes = db.leaseholder("SC-1001");
    db.charge(owes, "SC-2025-Q1", "2025-04-01", "450.00");
    db.charge(owes, "SC-2025-Q2", "2025-07-01", "450.00");
    db.store()
        .post(
            owes,
            Payment.builder()
                .reference("BACS-88121")
                .dateReceived(LocalDate.of(2025, 7, 14))
                .amount(Money.parse("600.00"))
                .method(PaymentMethod.BANK_TRANSFER)
                .build());
    AccountId paid = db.leaseholder("SC-1002");
    db.charge(paid, "SC-2025-Q1", "2025-04-01", "450.00");
    db.store()
        .post(
            paid,
            Payment.builder()
                .reference("DD-0401")
                .dateReceived(LocalDate.of(2025, 4, 1))
                .amount(Money.parse("450.00"))
                .method(PaymentMethod.DIRECT_DEBIT)
                .build());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private int run(Callable<Integer> command, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--jdbc-url");
    all.add(db.url());
    return cli.execute(all.toArray(String[]::new));
  }

  @Test
  void theStatementAsText() {
    assertThat(run(new StatementCommand(), "SC-1001", "--to", "2025-09-15")).isEqualTo(0);
    assertThat(out.toString())
        .isEqualTo(
            "Statement of account SC-1001\n"
                + "Period: "
                + org.homeownership.recovery.calendar.DateRange.inclusive(
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 15))
                    .describe()
                + "\n"
                + String.format(
                    "%-10s  %-50s  %-16s  %12s  %12s  %13s%n",
                    "Date", "Description", "Reference", "Debit", "Credit", "Balance")
                + String.format(
                    "%-10s  %-50s  %-16s  %12s  %12s  %13s%n",
                    "", "Opening balance", "", "", "", "£0.00")
                + out.toString().lines().skip(4).map(l -> l + "\n").reduce("", String::concat));
    assertThat(out.toString())
        .contains("01/03/2025")
        .contains("SC-2025-Q1")
        .contains("BACS-88121")
        .containsPattern("Closing balance\\s+£900.00\\s+£600.00\\s+£300.00");
  }

  @Test
  void theStatementAsPdfIsTheSameBytesEachTime() throws IOException {
    Path first = dir.resolve("first.pdf");
    Path second = dir.resolve("second.pdf");
    assertThat(
            run(
                new StatementCommand(),
                "SC-1001",
                "--to",
                "2025-09-15",
                "--format",
                "pdf",
                "--output",
                first.toString()))
        .isEqualTo(0);
    assertThat(
            run(
                new StatementCommand(),
                "SC-1001",
                "--to",
                "2025-09-15",
                "--format",
                "pdf",
                "--output",
                second.toString()))
        .isEqualTo(0);
    byte[] pdf = Files.readAllBytes(first);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void badStatementRequestsAreRefused() {
    assertThat(run(new StatementCommand(), "SC-9999", "--to", "2025-09-15")).isEqualTo(1);
    assertThat(err.toString()).startsWith("account SC-9999 is not in the database jdbc:h2:file:");
    assertThat(run(new StatementCommand(), "SC-1001", "--format", "pdf")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--format pdf needs --output FILE\n");
    assertThat(run(new StatementCommand(), "SC-1001", "--from", "2025-10-01", "--to", "2025-09-15"))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--from 2025-10-01 is after --to 2025-09-15\n");
  }

  @Test
  void theWorklistSweepsEveryAccount() {
    assertThat(run(new WorklistCommand(), "--as-of", "2025-09-15")).isEqualTo(0);
    String text = out.toString();
    assertThat(text)
        .startsWith(
            "Recovery worklist as of 2025-09-15 (as given)\n"
                + "Stored recovery cases: 0 (at no stage: 0)\n"
                + "Worklist as of 2025-09-15: 2 accounts swept;")
        .contains("SC-1001")
        .contains("REMINDER_1")
        .doesNotContain("SC-1002 ");
  }

  @Test
  void theWorklistContinuesFromAStoredStageAndDefaultsToTheLatestRecordedDate() {
    AccountId owes = AccountId.of("SC-1001");
    db.store()
        .save(
            CaseRecord.of(
                RecoveryCase.open(owes, DebtStream.SERVICE_CHARGES)
                    .entered(StageReference.of("REMINDER_1"), LocalDate.of(2025, 8, 1))),
            Versioned.NEW,
            Change.of(
                Actor.officer(OfficerId.of("HO-1")),
                java.time.Instant.parse("2025-08-01T17:00:00Z"),
                "stage entered"));
    assertThat(run(new WorklistCommand())).isEqualTo(0);
    assertThat(out.toString())
        .startsWith(
            "Recovery worklist as of 2025-08-01 (the latest date in the database; --as-of to"
                + " choose another)\n"
                + "Stored recovery cases: 1 (at no stage: 0; REMINDER_1: 1)\n")
        .doesNotContain("ACTION DUE: REMINDER_1");
  }

  @Test
  void theCaseFileIsAZipWithAnIndexAndTheStatement() throws IOException {
    Path zip = dir.resolve("SC-1001.zip");
    assertThat(
            run(
                new CaseFileCommand(),
                "SC-1001",
                "--as-of",
                "2025-09-15",
                "--output",
                zip.toString()))
        .isEqualTo(0);
    Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
    assertThat(files.keySet())
        .containsExactly("index.txt", "02-statement-of-account.pdf", "03-statement-of-account.txt");
    String index = new String(files.get("index.txt"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("index-for-reading.txt"), index);
    assertThat(index)
        .startsWith(
            "Case file: account SC-1001 (Service charges), dwelling MAR-001, as of 2025-09-15\n")
        .containsPattern(
            "2025-03-01\\s+ledger\\s+£450.00\\s+£450.00\\s+SC-2025-Q1\\s+charge: .*due 2025-04-01")
        .containsPattern("2025-07-14\\s+ledger\\s+£600.00\\s+£300.00\\s+BACS-88121\\s+payment: ")
        .contains("Balance as of 2025-09-15: £300.00")
        .contains("Recovery stage: no stage")
        .contains("ACTION DUE: REMINDER_1")
        .contains("Notices issued\n  (none recorded)");
    assertThat(
            new String(files.get("02-statement-of-account.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    Path again = dir.resolve("again.zip");
    run(new CaseFileCommand(), "SC-1001", "--as-of", "2025-09-15", "--output", again.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));

    Path folder = dir.resolve("bundle");
    assertThat(
            run(
                new CaseFileCommand(),
                "SC-1001",
                "--as-of",
                "2025-09-15",
                "--output",
                folder.toString()))
        .isEqualTo(0);
    assertThat(Files.readString(folder.resolve("index.txt"))).isEqualTo(index);
  }

  @Test
  void theCaseFileAsOnePdfHasTheIndexThenTheStatement() throws IOException {
    Path pdf = dir.resolve("SC-1001.pdf");
    assertThat(
            run(
                new CaseFileCommand(),
                "SC-1001",
                "--as-of",
                "2025-09-15",
                "--output",
                pdf.toString()))
        .isEqualTo(0);
    Path statement = dir.resolve("statement.pdf");
    run(
        new StatementCommand(),
        "SC-1001",
        "--to",
        "2025-09-15",
        "--format",
        "pdf",
        "--output",
        statement.toString());
    try (PDDocument bundle = Loader.loadPDF(Files.readAllBytes(pdf));
        PDDocument alone = Loader.loadPDF(Files.readAllBytes(statement))) {
      String text = new PDFTextStripper().getText(bundle);
      assertThat(text)
          .contains("Case file: account SC-1001")
          .contains("Index, page 1 of 1")
          .contains("Statement of account")
          .contains("BACS-88121");
      assertThat(bundle.getNumberOfPages()).isEqualTo(1 + alone.getNumberOfPages());
    }
  }

  @Test
  void commandsBeforeTheDemoFailNamingTheDatabase() throws IOException {
    Path empty = dir.resolve("nothing-here");
    Files.createDirectories(empty);
    String url = "jdbc:h2:file:" + empty.resolve("recovery").toAbsolutePath();
    for (Callable<Integer> command :
        List.<Callable<Integer>>of(
            new WorklistCommand(), new StatementCommand(), new CaseFileCommand())) {
      List<String> args = new ArrayList<>();
      if (!(command instanceof WorklistCommand)) {
        args.add("SC-1001");
      }
      if (command instanceof CaseFileCommand) {
        args.addAll(List.of("--output", dir.resolve("x.pdf").toString()));
      }
      args.addAll(List.of("--jdbc-url", url));
      assertThat(runWithoutDefaultUrl(command, args)).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("no database at " + url + " (SQLState ")
          .endsWith("): run `demo` first, or pass --jdbc-url to name one\n");
    }
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }

    Path bare = dir.resolve("no-accounts");
    String bareUrl = "jdbc:h2:file:" + bare.resolve("recovery").toAbsolutePath();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(bareUrl);
    h2.setUser("sa");
    h2.setPassword("");
    try (OpenStore created = OpenStore.create(h2, bareUrl)) {
      assertThat(runWithoutDefaultUrl(new WorklistCommand(), List.of("--jdbc-url", bareUrl)))
          .isEqualTo(1);
      assertThat(err.toString())
          .isEqualTo(
              "the database at "
                  + bareUrl
                  + " holds no accounts: run `demo` first, or pass --jdbc-url to name one that"
                  + " does\n");
      Path payments = dir.resolve("payments.csv");
      Files.writeString(payments, "date,reference,amount,method,account\n");
      assertThat(
              runWithoutDefaultUrl(
                  new org.homeownership.recovery.examples.payments.ImportPaymentsCommand(),
                  List.of(payments.toString(), "--jdbc-url", bareUrl)))
          .isEqualTo(1);
      assertThat(err.toString()).contains("holds no accounts: run `demo` first");
    }
  }

  private int runWithoutDefaultUrl(Callable<Integer> command, List<String> args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args.toArray(String[]::new));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }
}
