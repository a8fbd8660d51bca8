package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault test: a process posting a payment file as one batch is killed with SIGKILL (kill -9)
 * half way through its transaction. Nothing of the batch may be left behind, running the batch
 * again must store every payment exactly once, and a third run must add nothing. Run against a real
 * PostgreSQL server and an H2 database file.
 */
class BatchKilledMidwayIT {

  private static EmbeddedPostgres server;

  @TempDir static Path h2Directory;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void onPostgresqlAKilledBatchLeavesNothingAndARerunCompletesIt() throws Exception {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE fault");
    }
    killedBatchLeavesNothing(server.getJdbcUrl("postgres", "fault"));
  }

  @Test
  void onAnH2FileAKilledBatchLeavesNothingAndARerunCompletesIt() throws Exception {
    Path file = h2Directory.resolve("fault");
    killedBatchLeavesNothing("jdbc:h2:file:" + file.toAbsolutePath());
    assertThat(Files.exists(h2Directory.resolve("fault.mv.db"))).isTrue();
  }

  private static void killedBatchLeavesNothing(String url) throws Exception {
    DataSource dataSource = BatchWriter.dataSource(url);
    RecoverySchema.migrate(dataSource);
    JdbcStore store = new JdbcStore(dataSource);
    for (int i = 0; i < BatchWriter.ACCOUNTS; i++) {
      store.save(Fixtures.account(BatchWriter.account(i).value()));
    }
    closeIfH2(url, dataSource);

    Process writer = startWriter(url, "half-then-wait");
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.readLine())
          .as("the child reports half the batch posted")
          .isEqualTo("HALF POSTED");
      writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the client
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    assertThat(paymentsStored(dataSource)).as("nothing of the killed batch is left").isZero();

    List<PostingResult> rerun = new JdbcStore(dataSource).postAll(BatchWriter.batch());
    assertThat(rerun).hasSize(BatchWriter.PAYMENTS).noneMatch(PostingResult::alreadyPosted);
    assertThat(paymentsStored(dataSource)).isEqualTo(BatchWriter.PAYMENTS);

    List<PostingResult> again = new JdbcStore(dataSource).postAll(BatchWriter.batch());
    assertThat(again).allMatch(PostingResult::alreadyPosted);
    assertThat(paymentsStored(dataSource)).isEqualTo(BatchWriter.PAYMENTS);
    long perAccount = (long) BatchWriter.PAYMENTS / BatchWriter.ACCOUNTS;
    for (int i = 0; i < BatchWriter.ACCOUNTS; i++) {
      AccountId account = BatchWriter.account(i);
      assertThat(new JdbcStore(dataSource).ledger(account).balanceAt(Fixtures.APRIL.plusYears(1)))
          .isEqualTo(Money.ofPence(-perAccount * BatchWriter.PENCE));
    }
    closeIfH2(url, dataSource);
  }

  private static Process startWriter(String url, String mode) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            BatchWriter.class.getName(),
            url,
            mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static long paymentsStored(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM ledger_entry WHERE external_reference LIKE 'BACS-FAULT-%'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** An H2 file is opened by one process at a time: close it before the child opens it. */
  private static void closeIfH2(String url, DataSource dataSource) throws Exception {
    if (url.startsWith("jdbc:h2:")) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }
}
