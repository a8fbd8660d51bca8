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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;
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
        .startsWith("Worklist as of 2025-09-15: 2 accounts swept;")
        .contains("SC-1001")
        .contains("REMINDER_1")
        .doesNotContain("SC-1002 ")
        .endsWith(
            "Note: recovery cases are not stored yet, so every account starts at no stage.\n");
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
        .containsPattern("2025-03-01\\s+charge\\s+.*due 2025-04-01\\s+SC-2025-Q1\\s+£450.00")
        .containsPattern("2025-07-14\\s+payment\\s+.*BACS-88121\\s+£600.00\\s+£300.00")
        .contains("Balance as of 2025-09-15: £300.00")
        .contains("ACTION DUE: REMINDER_1")
        .contains("Copies of notices with their dates of service");
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
