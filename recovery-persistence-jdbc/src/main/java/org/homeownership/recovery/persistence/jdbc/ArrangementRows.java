package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.Approval;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.ImmutableArrangement;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.LumpSum;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * SQL and mapping for payment arrangements: terms, approval, accounts covered and state history. A
 * save is checked against the stored version (the row locked first), rewrites the record and
 * records the change in the audit log.
 */
final class ArrangementRows {

  private static final String COLUMNS =
      "arrangement_id, frequency, instalment_pence, ongoing_charge_pence, first_instalment_on,"
          + " lump_sum_pence, lump_sum_due_on, starting_balance_pence, arrangement_kind, made_by,"
          + " made_on, approved_by, approved_on, approved_by_second_officer, version";

  private ArrangementRows() {}

  static Versioned<ArrangementRecord> save(
      Connection connection, ArrangementRecord record, long expectedVersion, Change change)
      throws SQLException {
    String id = record.id().value();
    long stored = AuditRows.lockedVersion(connection, "arrangement", "arrangement_id", id);
    if (stored != expectedVersion) {
      throw new StaleWriteException(AuditedEntity.ARRANGEMENT, id, expectedVersion, stored);
    }
    Arrangement terms = record.arrangement();
    for (AccountId account : terms.accounts()) {
      if (!AuditRows.accountExists(connection, account.value())) {
        throw new UnknownAccountException(account);
      }
    }
    long version = expectedVersion + 1;
    if (stored != Versioned.NEW) {
      for (String table : List.of("arrangement_account", "arrangement_state_change")) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE arrangement_id = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
    String sql =
        stored == Versioned.NEW
            ? "INSERT INTO arrangement (frequency, instalment_pence, ongoing_charge_pence,"
                + " first_instalment_on, lump_sum_pence, lump_sum_due_on, starting_balance_pence,"
                + " arrangement_kind, made_by, made_on, approved_by, approved_on,"
                + " approved_by_second_officer, version, arrangement_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            : "UPDATE arrangement SET frequency = ?, instalment_pence = ?,"
                + " ongoing_charge_pence = ?, first_instalment_on = ?, lump_sum_pence = ?,"
                + " lump_sum_due_on = ?, starting_balance_pence = ?, arrangement_kind = ?,"
                + " made_by = ?, made_on = ?, approved_by = ?, approved_on = ?,"
                + " approved_by_second_officer = ?, version = ? WHERE arrangement_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Optional<Approval> approval = record.approval();
      Parameters.of(statement)
          .name(terms.frequency())
          .number(terms.instalmentAmount().pence())
          .number(terms.ongoingChargePerInstalment().pence())
          .date(terms.firstInstalmentOn())
          .number(terms.lumpSum().map(l -> l.amount().pence()).orElse(null))
          .date(terms.lumpSum().map(LumpSum::dueOn).orElse(null))
          .number(terms.startingBalance().pence())
          .name(terms.kind())
          .reference("made by", terms.madeBy().value())
          .date(terms.madeOn())
          .reference("approved by", approval.map(a -> a.approvedBy().value()).orElse(null))
          .date(approval.map(Approval::approvedOn).orElse(null))
          .flag(approval.map(Approval::bySecondOfficer).orElse(null))
          .number(version)
          .reference("arrangement id", id);
      statement.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO arrangement_account (arrangement_id, account_id, held_at_stage)"
                + " VALUES (?, ?, ?)")) {
      for (AccountId account : terms.accounts()) {
        StageReference held = terms.heldAtStage().get(account);
        Parameters.of(insert)
            .reference("arrangement id", id)
            .reference("account id", account.value())
            .reference("held at stage", held == null ? null : held.code());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO arrangement_state_change (arrangement_id, position, changed_on,"
                + " from_state, to_state, expected_balance_pence, actual_balance_pence, reason,"
                + " officer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (StateChange stateChange : record.history()) {
        Parameters.of(insert)
            .reference("arrangement id", id)
            .integer(++position)
            .date(stateChange.on())
            .name(stateChange.from())
            .name(stateChange.to())
            .number(stateChange.expectedBalance().pence())
            .number(stateChange.actualBalance().pence())
            .text("state change reason", stateChange.reason())
            .reference("changed by", stateChange.by().map(OfficerId::value).orElse(null));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    AuditRows.insert(connection, new AuditEntry(AuditedEntity.ARRANGEMENT, id, version, change));
    return new Versioned<>(record, version);
  }

  static Optional<Versioned<ArrangementRecord>> find(Connection connection, ArrangementId id)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM arrangement WHERE arrangement_id = ?")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
      }
    }
  }

  static List<Versioned<ArrangementRecord>> all(Connection connection, Dialect dialect)
      throws SQLException {
    List<Versioned<ArrangementRecord>> records = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM arrangement ORDER BY "
                    + dialect.byAccount("arrangement_id"));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        records.add(read(connection, rows));
      }
    }
    return records;
  }

  private static Versioned<ArrangementRecord> read(Connection connection, ResultSet row)
      throws SQLException {
    String id = row.getString("arrangement_id");
    ImmutableArrangement.Builder terms =
        Arrangement.builder()
            .id(ArrangementId.of(id))
            .frequency(InstalmentFrequency.valueOf(row.getString("frequency")))
            .instalmentAmount(Money.ofPence(row.getLong("instalment_pence")))
            .ongoingChargePerInstalment(Money.ofPence(row.getLong("ongoing_charge_pence")))
            .firstInstalmentOn(row.getDate("first_instalment_on").toLocalDate())
            .startingBalance(Money.ofPence(row.getLong("starting_balance_pence")))
            .kind(ArrangementKind.valueOf(row.getString("arrangement_kind")))
            .madeBy(OfficerId.of(row.getString("made_by")))
            .madeOn(row.getDate("made_on").toLocalDate());
    long lumpSum = row.getLong("lump_sum_pence");
    if (!row.wasNull()) {
      terms.lumpSum(
          new LumpSum(Money.ofPence(lumpSum), row.getDate("lump_sum_due_on").toLocalDate()));
    }
    Optional<Approval> approval =
        row.getString("approved_by") == null
            ? Optional.empty()
            : Optional.of(
                new Approval(
                    OfficerId.of(row.getString("approved_by")),
                    row.getDate("approved_on").toLocalDate(),
                    row.getBoolean("approved_by_second_officer")));
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT account_id, held_at_stage FROM arrangement_account WHERE arrangement_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          AccountId account = AccountId.of(rows.getString("account_id"));
          terms.addAccounts(account);
          String held = rows.getString("held_at_stage");
          if (held != null) {
            terms.putHeldAtStage(account, StageReference.of(held));
          }
        }
      }
    }
    List<StateChange> history = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT changed_on, from_state, to_state, expected_balance_pence,"
                + " actual_balance_pence, reason, officer FROM arrangement_state_change"
                + " WHERE arrangement_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          history.add(
              new StateChange(
                  rows.getDate("changed_on").toLocalDate(),
                  ArrangementState.valueOf(rows.getString("from_state")),
                  ArrangementState.valueOf(rows.getString("to_state")),
                  Money.ofPence(rows.getLong("expected_balance_pence")),
                  Money.ofPence(rows.getLong("actual_balance_pence")),
                  rows.getString("reason"),
                  Optional.ofNullable(rows.getString("officer")).map(OfficerId::of)));
        }
      }
    }
    return new Versioned<>(
        ArrangementRecord.restored(terms.build(), approval, ImmutableList.copyOf(history)),
        row.getLong("version"));
  }
}
