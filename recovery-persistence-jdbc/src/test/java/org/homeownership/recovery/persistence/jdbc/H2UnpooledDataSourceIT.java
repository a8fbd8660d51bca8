package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.APRIL;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.account;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.DAY;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.caseWithEveryHold;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.change;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.eventful;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * H2 with a plain, unpooled {@link JdbcDataSource}: every call opens a new physical connection and
 * closes it, so the connection Flyway migrated on is gone before the first write. H2 2.x binds a
 * check constraint written with {@code IN (...)} (or with ORs of equalities, which it rewrites to
 * {@code IN}) to the session that created it, and fails every later insert checked by it. V3
 * rewrites those checks as {@code CASE ... END = 1}; these tests show the failure before V3 and
 * every table taking rows, and still refusing bad values, after it.
 */
class H2UnpooledDataSourceIT {

  private static final AccountId A = AccountId.of("SC-300001");
  private static final AccountId B = RecordStoresContract.B;

  private final JdbcDataSource h2 = new JdbcDataSource();

  H2UnpooledDataSourceIT() {
    h2.setURL("jdbc:h2:mem:unpooled-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void shutdown() throws SQLException {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void upToV2EveryAccountSaveFailsAndV3MendsIt() {
    Flyway upToV2 =
        Flyway.configure(RecoverySchema.class.getClassLoader())
            .configuration(RecoverySchema.configure(h2).getConfiguration())
            .target("2")
            .load();
    assertThat(upToV2.migrate().migrationsExecuted).isEqualTo(2);
    JdbcStore store = new JdbcStore(h2);

    assertThatThrownBy(() -> store.save(account(A.value())))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("saving account SC-300001 failed: SQLState 23514");

    assertThat(RecoverySchema.migrate(h2)).isPositive();
    store.save(account(A.value()));
    assertThat(store.find(A)).contains(account(A.value()));
  }

  @Test
  void afterEveryMigrationEveryTableTakesRowsOnShortLivedConnections() {
    RecoverySchema.migrate(h2);
    JdbcStore store = new JdbcStore(h2);
    store.save(account(A.value()));
    store.save(account(B.value()));
    store.save(
        Dwelling.builder()
            .id(DwellingId.of("DW-1"))
            .estate(EstateId.of("E"))
            .tenure(Tenure.LEASEHOLD)
            .build());
    List<LedgerEntry> entries = Fixtures.everyKindButReversal();
    for (LedgerEntry entry : entries) {
      store.post(A, entry);
    }
    PostedEntry first = store.ledger(A).entries().get(0);
    store.post(A, Reversal.of(first, APRIL.plusDays(1), "posted in error"));
    store.save(caseWithEveryHold(A, "reason"), Versioned.NEW, change("HO-1", 0, "opened"));
    store.save(eventful("ARR-1", List.of(A, B), "reason"), Versioned.NEW, change("HO-1", 1, "x"));
    BillingRunId run = BillingRunId.of("R1");
    store.prepare(run, run("run", A, B, "D", 10_000), change("HO-1", 2, "prepared"));
    store.approve(run, change("HO-2", 3, "approved"));
    store.post(run, change("HO-2", 4, "posted"));

    assertThat(store.ledger(A).entries()).hasSize(entries.size() + 2);
    assertThat(store.ledger(B).balanceAt(DAY.plusYears(1)))
        .isEqualTo(Money.ofPence(25_000 - 4_321));
    assertThat(store.recoveryCase(A).orElseThrow().value().holds()).hasSize(11);
  }

  @Test
  void theRewrittenChecksStillRefuseValuesOutsideTheirSets() throws SQLException {
    RecoverySchema.migrate(h2);
    new JdbcStore(h2).save(account(A.value()));
    List<String> bad =
        List.of(
            "INSERT INTO debtor_account (account_id, debt_stream, dwelling_id, tenure)"
                + " VALUES ('X', 'SUNDRY_DEBTS', 'D', 'RENTED')",
            "INSERT INTO ledger_entry (account_id, kind, direction, entry_date, amount_pence,"
                + " external_reference, payment_method) VALUES ('SC-300001', 'PAYMENT', 'DEBIT',"
                + " DATE '2025-04-01', 1, 'R', 'CASH')",
            "INSERT INTO ledger_entry (account_id, kind, direction, entry_date, amount_pence)"
                + " VALUES ('SC-300001', 'GIFT', 'CREDIT', DATE '2025-04-01', 1)",
            "INSERT INTO ledger_entry (account_id, kind, direction, entry_date, amount_pence,"
                + " external_reference) VALUES ('SC-300001', 'PAYMENT', 'CREDIT',"
                + " DATE '2025-04-01', 1, 'R')",
            "INSERT INTO recovery_case (account_id, debt_stream, version)"
                + " VALUES ('SC-300001', 'SUNDRY_DEBTS', 0)");
    for (String sql : bad) {
      try (Connection connection = h2.getConnection();
          Statement statement = connection.createStatement()) {
        assertThatThrownBy(() -> statement.executeUpdate(sql))
            .as(sql)
            .isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23513"));
      }
    }
  }
}
