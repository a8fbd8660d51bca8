package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.billing.BilledItem;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunPlanner;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.billing.BillingRunStatus;
import org.homeownership.recovery.billing.BillingRunStep;
import org.homeownership.recovery.billing.ImmutableBilledItem;
import org.homeownership.recovery.billing.PlannedPosting;
import org.homeownership.recovery.billing.StoredBillingRun;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.money.Money;

/**
 * SQL and mapping for billing runs, their lines and trail. Each step locks the run's row first, so
 * two officers approving or posting the same run at once take turns, and the second finds the
 * status already moved on.
 */
final class BillingRunRows {

  private BillingRunRows() {}

  static void prepare(Connection connection, BillingRunId id, BillingRun run, Change change)
      throws SQLException {
    if (AuditRows.lockedVersion(connection, "billing_run", "run_id", id.value()) != 0) {
      throw new IllegalArgumentException("billing run " + id + " is already kept");
    }
    Set<AccountId> accounts = new LinkedHashSet<>();
    run.items().forEach(item -> accounts.add(item.account()));
    for (AccountId account : accounts) {
      if (!AuditRows.accountExists(connection, account.value())) {
        throw new UnknownAccountException(account);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO billing_run (run_id, run_name, raised_on, status, version)"
                + " VALUES (?, ?, ?, ?, 1)")) {
      Parameters.of(insert)
          .reference("billing run id", id.value())
          .text("billing run name", run.name())
          .date(run.raisedOn())
          .name(BillingRunStatus.PREPARED);
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO billing_run_item (run_id, position, account_id, item_key, charge_type,"
                + " period_start, period_end_exclusive, raised_on, due_date, demand_reference,"
                + " amount_pence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (BilledItem item : run.items()) {
        Parameters.of(insert)
            .reference("billing run id", id.value())
            .integer(++position)
            .reference("account id", item.account().value())
            .reference("billed item key", item.key())
            .name(item.chargeType())
            .date(item.periodCovered().map(DateRange::start).orElse(null))
            .date(item.periodCovered().map(DateRange::endExclusive).orElse(null))
            .date(item.raisedOn().orElse(null))
            .date(item.dueDate())
            .text("demand reference", item.demandReference())
            .number(item.amount().pence());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    step(connection, id, BillingRunStatus.PREPARED, 1, change);
  }

  static void approve(Connection connection, BillingRunId id, Change change) throws SQLException {
    long version = lock(connection, id);
    requireStatus(id, status(connection, id), BillingRunStatus.PREPARED, "approved");
    moveTo(connection, id, BillingRunStatus.APPROVED, version + 1, change);
  }

  static BillingRunResult post(
      Connection connection, StoreTransaction store, BillingRunId id, Change change)
      throws SQLException {
    long version = lock(connection, id);
    StoredBillingRun stored = find(connection, id).orElseThrow();
    if (stored.status() == BillingRunStatus.POSTED) {
      return new BillingRunResult(stored.run(), ImmutableList.of());
    }
    requireStatus(id, stored.status(), BillingRunStatus.APPROVED, "posted");
    LedgerStore ledgers = store;
    ImmutableList<PlannedPosting> plan = BillingRunPlanner.plan(stored.run(), ledgers::ledger);
    List<PostingResult> posted =
        store.postAll(plan.stream().map(p -> new Posting(p.account(), p.entry())).toList());
    moveTo(connection, id, BillingRunStatus.POSTED, version + 1, change);
    return new BillingRunResult(stored.run(), ImmutableList.copyOf(posted));
  }

  static Optional<StoredBillingRun> find(Connection connection, BillingRunId id)
      throws SQLException {
    String name;
    java.time.LocalDate raisedOn;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT run_name, raised_on FROM billing_run WHERE run_id = ?")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        name = rows.getString("run_name");
        raisedOn = rows.getDate("raised_on").toLocalDate();
      }
    }
    ImmutableList.Builder<BilledItem> items = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT account_id, item_key, charge_type, period_start, period_end_exclusive,"
                + " raised_on, due_date, demand_reference, amount_pence FROM billing_run_item"
                + " WHERE run_id = ? ORDER BY position")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ImmutableBilledItem.Builder item =
              BilledItem.builder()
                  .account(AccountId.of(rows.getString("account_id")))
                  .key(rows.getString("item_key"))
                  .chargeType(ChargeType.valueOf(rows.getString("charge_type")))
                  .dueDate(rows.getDate("due_date").toLocalDate())
                  .demandReference(rows.getString("demand_reference"))
                  .amount(Money.ofPence(rows.getLong("amount_pence")));
          Date start = rows.getDate("period_start");
          if (start != null) {
            item.periodCovered(
                new DateRange(
                    start.toLocalDate(), rows.getDate("period_end_exclusive").toLocalDate()));
          }
          Date raised = rows.getDate("raised_on");
          if (raised != null) {
            item.raisedOn(raised.toLocalDate());
          }
          items.add(item.build());
        }
      }
    }
    ImmutableList.Builder<BillingRunStep> trail = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT status, actor_reference, actor_automatic, stepped_at, description"
                + " FROM billing_run_step WHERE run_id = ? ORDER BY position")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          trail.add(
              new BillingRunStep(
                  BillingRunStatus.valueOf(rows.getString("status")),
                  new Change(
                      new Actor(
                          rows.getString("actor_reference"), rows.getBoolean("actor_automatic")),
                      Parameters.instant(rows, "stepped_at"),
                      rows.getString("description"))));
        }
      }
    }
    return Optional.of(
        new StoredBillingRun(id, new BillingRun(name, raisedOn, items.build()), trail.build()));
  }

  /** Locks the run's row and returns its version. */
  private static long lock(Connection connection, BillingRunId id) throws SQLException {
    long version = AuditRows.lockedVersion(connection, "billing_run", "run_id", id.value());
    if (version == 0) {
      throw new IllegalArgumentException("no billing run " + id + " is kept");
    }
    return version;
  }

  private static BillingRunStatus status(Connection connection, BillingRunId id)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT status FROM billing_run WHERE run_id = ?")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return BillingRunStatus.valueOf(rows.getString(1));
      }
    }
  }

  private static void requireStatus(
      BillingRunId id, BillingRunStatus status, BillingRunStatus needed, String action) {
    if (status != needed) {
      throw new IllegalStateException(
          "billing run " + id + " is " + status + "; only a " + needed + " run can be " + action);
    }
  }

  private static void moveTo(
      Connection connection, BillingRunId id, BillingRunStatus status, long version, Change change)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE billing_run SET status = ?, version = ? WHERE run_id = ?")) {
      Parameters.of(update).name(status).number(version).reference("billing run id", id.value());
      update.executeUpdate();
    }
    step(connection, id, status, version, change);
  }

  private static void step(
      Connection connection, BillingRunId id, BillingRunStatus status, long position, Change change)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO billing_run_step (run_id, position, status, actor_reference,"
                + " actor_automatic, stepped_at, description) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Parameters.of(insert)
          .reference("billing run id", id.value())
          .number(position)
          .name(status)
          .reference("actor reference", change.by().reference())
          .flag(change.by().automatic())
          .instant(change.at())
          .text("change description", change.description());
      insert.executeUpdate();
    }
    AuditRows.insert(
        connection, new AuditEntry(AuditedEntity.BILLING_RUN, id.value(), position, change));
  }
}
