package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.StageEntry;
import org.homeownership.recovery.recoverycase.StageMove;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldKind;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.InsolvencyKind;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;

/**
 * SQL and mapping for recovery cases, their stage history and holds. A save is checked against the
 * stored version (the row locked first), rewrites the case's moves and holds, and records the
 * change in the audit log.
 */
final class CaseRows {

  private static final String HOLD_COLUMNS =
      "kind, start_date, until_date, review_date, reason, set_by, set_by_automatic,"
          + " disputed_entry_id, moratorium, registered_on, application_date,"
          + " midway_review_start, midway_review_end_exclusive, insolvency, arrangement_id,"
          + " held_at_stage, promised_pence, missing";

  private CaseRows() {}

  static Versioned<CaseRecord> save(
      Connection connection, CaseRecord record, long expectedVersion, Change change)
      throws SQLException {
    String id = record.account().value();
    long stored = AuditRows.lockedVersion(connection, "recovery_case", "account_id", id);
    if (stored != expectedVersion) {
      throw new StaleWriteException(AuditedEntity.RECOVERY_CASE, id, expectedVersion, stored);
    }
    if (!AuditRows.accountExists(connection, id)) {
      throw new UnknownAccountException(record.account());
    }
    long version = expectedVersion + 1;
    if (stored == Versioned.NEW) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO recovery_case (account_id, debt_stream, version) VALUES (?, ?, ?)")) {
        Parameters.of(insert)
            .reference("account id", id)
            .name(record.recoveryCase().stream())
            .number(version);
        insert.executeUpdate();
      }
    } else {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE recovery_case SET debt_stream = ?, version = ? WHERE account_id = ?")) {
        Parameters.of(update)
            .name(record.recoveryCase().stream())
            .number(version)
            .reference("account id", id);
        update.executeUpdate();
      }
      for (String table : List.of("recovery_case_stage", "recovery_case_hold")) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
    insertStages(connection, id, record.recoveryCase().history());
    insertHolds(connection, id, record.holds());
    AuditRows.insert(connection, new AuditEntry(AuditedEntity.RECOVERY_CASE, id, version, change));
    return new Versioned<>(record, version);
  }

  private static void insertStages(Connection connection, String id, List<StageEntry> history)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO recovery_case_stage (account_id, position, stage_code, moved_on,"
                + " stage_move) VALUES (?, ?, ?, ?, ?)")) {
      int position = 0;
      for (StageEntry entry : history) {
        Parameters.of(insert)
            .reference("account id", id)
            .integer(++position)
            .reference("stage code", entry.stage().map(StageReference::code).orElse(null))
            .date(entry.on())
            .name(entry.move());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertHolds(Connection connection, String id, List<Hold> holds)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO recovery_case_hold (account_id, position, "
                + HOLD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (Hold hold : holds) {
        HoldTerms terms = hold.terms();
        Parameters parameters =
            Parameters.of(insert)
                .reference("account id", id)
                .integer(++position)
                .name(hold.kind())
                .date(terms.start())
                .date(terms.until().orElse(null))
                .date(terms.review().orElse(null))
                .text("hold reason", terms.reason())
                .reference("hold set by", terms.setBy().reference())
                .flag(terms.setBy().automatic());
        Hold.BreathingSpace space = hold instanceof Hold.BreathingSpace b ? b : null;
        Hold.LiveArrangement live = hold instanceof Hold.LiveArrangement l ? l : null;
        parameters
            .number(hold instanceof Hold.ChargeDispute d ? d.charge().value() : null)
            .name(space == null ? null : space.moratorium())
            .date(space == null ? null : space.registeredOn())
            .date(space == null ? null : space.applicationDate())
            .date(space == null ? null : space.midwayReview().map(DateRange::start).orElse(null))
            .date(
                space == null
                    ? null
                    : space.midwayReview().map(DateRange::endExclusive).orElse(null))
            .name(hold instanceof Hold.Insolvency i ? i.proceeding() : null)
            .reference("arrangement id", live == null ? null : live.arrangement().value())
            .reference(
                "held at stage",
                live == null ? null : live.heldAtStage().map(StageReference::code).orElse(null))
            .number(hold instanceof Hold.PromiseToPay p ? p.amount().pence() : null)
            .text("missing data", hold instanceof Hold.MissingData m ? m.missing() : null);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static Optional<Versioned<CaseRecord>> find(Connection connection, AccountId account)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT account_id, debt_stream, version FROM recovery_case WHERE account_id = ?")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
      }
    }
  }

  static List<Versioned<CaseRecord>> all(Connection connection, Dialect dialect)
      throws SQLException {
    List<Versioned<CaseRecord>> cases = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT account_id, debt_stream, version FROM recovery_case ORDER BY "
                    + dialect.byAccount("account_id"));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        cases.add(read(connection, rows));
      }
    }
    return cases;
  }

  private static Versioned<CaseRecord> read(Connection connection, ResultSet row)
      throws SQLException {
    String id = row.getString("account_id");
    AccountId account = AccountId.of(id);
    ImmutableList.Builder<StageEntry> history = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT stage_code, moved_on, stage_move FROM recovery_case_stage"
                + " WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          history.add(
              new StageEntry(
                  Optional.ofNullable(rows.getString("stage_code")).map(StageReference::of),
                  rows.getDate("moved_on").toLocalDate(),
                  StageMove.valueOf(rows.getString("stage_move"))));
        }
      }
    }
    ImmutableList.Builder<Hold> holds = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + HOLD_COLUMNS
                + " FROM recovery_case_hold WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          holds.add(hold(rows));
        }
      }
    }
    RecoveryCase recoveryCase =
        new RecoveryCase(
            account, DebtStream.valueOf(row.getString("debt_stream")), history.build());
    return new Versioned<>(new CaseRecord(recoveryCase, holds.build()), row.getLong("version"));
  }

  private static Hold hold(ResultSet rows) throws SQLException {
    HoldTerms terms =
        new HoldTerms(
            rows.getDate("start_date").toLocalDate(),
            date(rows, "until_date"),
            date(rows, "review_date"),
            rows.getString("reason"),
            new HoldAuthor(rows.getString("set_by"), rows.getBoolean("set_by_automatic")));
    return switch (HoldKind.valueOf(rows.getString("kind"))) {
      case DISPUTE -> new Hold.ChargeDispute(terms, EntryId.of(rows.getLong("disputed_entry_id")));
      case QUERY_OR_COMPLAINT -> new Hold.QueryOrComplaint(terms);
      case BREATHING_SPACE -> {
        Optional<LocalDate> midwayStart = date(rows, "midway_review_start");
        Optional<LocalDate> midwayEnd = date(rows, "midway_review_end_exclusive");
        yield new Hold.BreathingSpace(
            terms,
            MoratoriumKind.valueOf(rows.getString("moratorium")),
            rows.getDate("registered_on").toLocalDate(),
            rows.getDate("application_date").toLocalDate(),
            midwayStart.map(start -> new DateRange(start, midwayEnd.orElseThrow())));
      }
      case VULNERABILITY -> new Hold.Vulnerability(terms);
      case INSOLVENCY ->
          new Hold.Insolvency(terms, InsolvencyKind.valueOf(rows.getString("insolvency")));
      case DECEASED -> new Hold.Deceased(terms);
      case LIVE_ARRANGEMENT ->
          new Hold.LiveArrangement(
              terms,
              ArrangementId.of(rows.getString("arrangement_id")),
              Optional.ofNullable(rows.getString("held_at_stage")).map(StageReference::of));
      case PROMISE_TO_PAY ->
          new Hold.PromiseToPay(terms, Money.ofPence(rows.getLong("promised_pence")));
      case MISSING_DATA -> new Hold.MissingData(terms, rows.getString("missing"));
    };
  }

  private static Optional<LocalDate> date(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getDate(column)).map(Date::toLocalDate);
  }
}
