package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.writeoff.AuthorisationBand;
import org.homeownership.recovery.writeoff.AuthorisationLevel;
import org.homeownership.recovery.writeoff.AuthorisationRequirement;
import org.homeownership.recovery.writeoff.ImmutableWriteOffProposal;
import org.homeownership.recovery.writeoff.ResponseCondition;
import org.homeownership.recovery.writeoff.WriteOffProposal;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffState;
import org.homeownership.recovery.writeoff.WriteOffStep;

/**
 * SQL and mapping for write-off records: proposal, the authorisation band it needs, its steps and
 * the ledger entries it made. A save is checked against the stored version (the row locked first),
 * rewrites the record and records the change in the audit log.
 */
final class WriteOffRows {

  private static final String COLUMNS =
      "reference, account_id, amount_pence, reason, proposed_by, proposed_on, debtor_responded,"
          + " limitation_expired_on, allocate_to, explanation, band_from_pence, band_below_pence,"
          + " band_response, band_level_rank, band_level_name, entry_on, entry_amount_pence,"
          + " entry_reason, entry_authorised_by, entry_allocate_to, entry_external_reference,"
          + " reversal_of_entry_id, reversal_reversed_kind, reversal_on, reversal_amount_pence,"
          + " reversal_direction, reversal_reason, reversal_external_reference, version";

  private static final List<String> CHILD_TABLES =
      List.of("write_off_band_reason", "write_off_requirement_reason", "write_off_step");

  private WriteOffRows() {}

  static Versioned<WriteOffRecord> save(
      Connection connection, WriteOffRecord record, long expectedVersion, Change change)
      throws SQLException {
    String id = record.reference().value();
    long stored = AuditRows.lockedVersion(connection, "write_off", "reference", id);
    if (stored != expectedVersion) {
      throw new StaleWriteException(AuditedEntity.WRITE_OFF, id, expectedVersion, stored);
    }
    WriteOffProposal proposal = record.proposal();
    if (!AuditRows.accountExists(connection, proposal.account().value())) {
      throw new UnknownAccountException(proposal.account());
    }
    long version = expectedVersion + 1;
    if (stored != Versioned.NEW) {
      for (String table : CHILD_TABLES) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE reference = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
    String sql =
        stored == Versioned.NEW
            ? "INSERT INTO write_off (account_id, amount_pence, reason, proposed_by, proposed_on,"
                + " debtor_responded, limitation_expired_on, allocate_to, explanation,"
                + " band_from_pence, band_below_pence, band_response, band_level_rank,"
                + " band_level_name, entry_on, entry_amount_pence, entry_reason,"
                + " entry_authorised_by, entry_allocate_to, entry_external_reference,"
                + " reversal_of_entry_id, reversal_reversed_kind, reversal_on,"
                + " reversal_amount_pence, reversal_direction, reversal_reason,"
                + " reversal_external_reference, version, reference) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            : "UPDATE write_off SET account_id = ?, amount_pence = ?, reason = ?, proposed_by = ?,"
                + " proposed_on = ?, debtor_responded = ?, limitation_expired_on = ?,"
                + " allocate_to = ?, explanation = ?, band_from_pence = ?, band_below_pence = ?,"
                + " band_response = ?, band_level_rank = ?, band_level_name = ?, entry_on = ?,"
                + " entry_amount_pence = ?, entry_reason = ?, entry_authorised_by = ?,"
                + " entry_allocate_to = ?, entry_external_reference = ?,"
                + " reversal_of_entry_id = ?, reversal_reversed_kind = ?, reversal_on = ?,"
                + " reversal_amount_pence = ?, reversal_direction = ?, reversal_reason = ?,"
                + " reversal_external_reference = ?, version = ? WHERE reference = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Optional<AuthorisationBand> band = record.requirement().band();
      Optional<WriteOff> entry = record.entry();
      Optional<Reversal> reversal = record.reinstatement();
      Parameters parameters =
          Parameters.of(statement)
              .reference("account id", proposal.account().value())
              .number(proposal.amount().pence())
              .name(proposal.reason())
              .reference("proposed by", proposal.proposedBy().value())
              .date(proposal.proposedOn())
              .flag(proposal.debtorResponded())
              .date(proposal.limitationExpiredOn().orElse(null))
              .reference("allocate to", proposal.allocateTo().orElse(null))
              .text("write-off explanation", proposal.explanation())
              .number(band.map(b -> b.from().pence()).orElse(null))
              .number(band.flatMap(AuthorisationBand::below).map(Money::pence).orElse(null))
              .name(band.map(AuthorisationBand::response).orElse(null))
              .count(band.map(b -> b.level().rank()).orElse(null))
              .text("authorisation level name", band.map(b -> b.level().name()).orElse(null))
              .date(entry.map(WriteOff::date).orElse(null))
              .number(entry.map(e -> e.amount().pence()).orElse(null))
              .name(entry.map(WriteOff::reason).orElse(null))
              .reference("authorised by", entry.map(WriteOff::authorisedBy).orElse(null))
              .reference(
                  "write-off entry allocate to", entry.flatMap(WriteOff::allocateTo).orElse(null))
              .reference(
                  "write-off entry external reference",
                  entry.flatMap(WriteOff::externalReference).orElse(null));
      parameters
          .number(reversal.map(r -> r.reverses().value()).orElse(null))
          .name(reversal.map(Reversal::reversedKind).orElse(null))
          .date(reversal.map(Reversal::date).orElse(null))
          .number(reversal.map(r -> r.amount().pence()).orElse(null))
          .name(reversal.map(Reversal::direction).orElse(null))
          .text("reinstatement reason", reversal.map(Reversal::reason).orElse(null))
          .reference(
              "reinstatement external reference",
              reversal.flatMap(Reversal::externalReference).orElse(null))
          .number(version)
          .reference("write-off reference", id);
      statement.executeUpdate();
    }
    insertChildren(connection, id, record);
    AuditRows.insert(connection, new AuditEntry(AuditedEntity.WRITE_OFF, id, version, change));
    return new Versioned<>(record, version);
  }

  private static void insertChildren(Connection connection, String id, WriteOffRecord record)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO write_off_band_reason (reference, reason) VALUES (?, ?)")) {
      for (WriteOffReason reason :
          record.requirement().band().map(AuthorisationBand::reasons).orElse(ImmutableSet.of())) {
        Parameters.of(insert).reference("write-off reference", id).name(reason);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO write_off_requirement_reason (reference, position, reason)"
                + " VALUES (?, ?, ?)")) {
      int position = 0;
      for (String reason : record.requirement().reasons()) {
        Parameters.of(insert)
            .reference("write-off reference", id)
            .integer(++position)
            .text("authorisation requirement reason", reason);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO write_off_step (reference, position, stepped_on, state, officer, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (WriteOffStep step : record.history()) {
        Parameters.of(insert)
            .reference("write-off reference", id)
            .integer(++position)
            .date(step.on())
            .name(step.state())
            .reference("write-off step officer", step.by().map(OfficerId::value).orElse(null))
            .text("write-off step reason", step.reason());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static Optional<Versioned<WriteOffRecord>> find(
      Connection connection, WriteOffReference reference) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM write_off WHERE reference = ?")) {
      statement.setString(1, reference.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
      }
    }
  }

  static List<Versioned<WriteOffRecord>> byAccount(
      Connection connection, Dialect dialect, AccountId account) throws SQLException {
    List<Versioned<WriteOffRecord>> records = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM write_off WHERE account_id = ? ORDER BY "
                + dialect.byAccount("reference"))) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          records.add(read(connection, rows));
        }
      }
    }
    return List.copyOf(records);
  }

  private static Versioned<WriteOffRecord> read(Connection connection, ResultSet row)
      throws SQLException {
    String id = row.getString("reference");
    ImmutableWriteOffProposal.Builder proposal =
        WriteOffProposal.builder()
            .reference(WriteOffReference.of(id))
            .account(AccountId.of(row.getString("account_id")))
            .amount(Money.ofPence(row.getLong("amount_pence")))
            .reason(WriteOffReason.valueOf(row.getString("reason")))
            .proposedBy(OfficerId.of(row.getString("proposed_by")))
            .proposedOn(row.getDate("proposed_on").toLocalDate())
            .debtorResponded(row.getBoolean("debtor_responded"))
            .explanation(row.getString("explanation"));
    if (row.getDate("limitation_expired_on") != null) {
      proposal.limitationExpiredOn(row.getDate("limitation_expired_on").toLocalDate());
    }
    Optional.ofNullable(row.getString("allocate_to")).ifPresent(proposal::allocateTo);

    Optional<AuthorisationBand> band = Optional.empty();
    long from = row.getLong("band_from_pence");
    if (!row.wasNull()) {
      long below = row.getLong("band_below_pence");
      Optional<Money> belowMoney =
          row.wasNull() ? Optional.empty() : Optional.of(Money.ofPence(below));
      band =
          Optional.of(
              new AuthorisationBand(
                  bandReasons(connection, id),
                  Money.ofPence(from),
                  belowMoney,
                  ResponseCondition.valueOf(row.getString("band_response")),
                  AuthorisationLevel.of(
                      row.getInt("band_level_rank"), row.getString("band_level_name"))));
    }
    Optional<WriteOff> entry = Optional.empty();
    if (row.getDate("entry_on") != null) {
      var writeOff =
          WriteOff.builder()
              .date(row.getDate("entry_on").toLocalDate())
              .amount(Money.ofPence(row.getLong("entry_amount_pence")))
              .reason(WriteOffReason.valueOf(row.getString("entry_reason")))
              .authorisedBy(row.getString("entry_authorised_by"));
      Optional.ofNullable(row.getString("entry_allocate_to")).ifPresent(writeOff::allocateTo);
      Optional.ofNullable(row.getString("entry_external_reference"))
          .ifPresent(writeOff::externalReference);
      entry = Optional.of(writeOff.build());
    }
    Optional<Reversal> reversal = Optional.empty();
    long reverses = row.getLong("reversal_of_entry_id");
    if (!row.wasNull()) {
      ImmutableReversal.Builder builder =
          ImmutableReversal.builder()
              .reverses(EntryId.of(reverses))
              .reversedKind(EntryKind.valueOf(row.getString("reversal_reversed_kind")))
              .date(row.getDate("reversal_on").toLocalDate())
              .amount(Money.ofPence(row.getLong("reversal_amount_pence")))
              .direction(Direction.valueOf(row.getString("reversal_direction")))
              .reason(row.getString("reversal_reason"));
      Optional.ofNullable(row.getString("reversal_external_reference"))
          .ifPresent(builder::externalReference);
      reversal = Optional.of(builder.build());
    }
    AuthorisationRequirement requirement =
        new AuthorisationRequirement(band, requirementReasons(connection, id));
    return new Versioned<>(
        WriteOffRecord.restored(
            proposal.build(), requirement, steps(connection, id), entry, reversal),
        row.getLong("version"));
  }

  private static ImmutableSet<WriteOffReason> bandReasons(Connection connection, String id)
      throws SQLException {
    ImmutableSet.Builder<WriteOffReason> reasons = ImmutableSet.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT reason FROM write_off_band_reason WHERE reference = ? ORDER BY reason")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reasons.add(WriteOffReason.valueOf(rows.getString(1)));
        }
      }
    }
    return reasons.build();
  }

  private static ImmutableList<String> requirementReasons(Connection connection, String id)
      throws SQLException {
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT reason FROM write_off_requirement_reason WHERE reference = ?"
                + " ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reasons.add(rows.getString(1));
        }
      }
    }
    return reasons.build();
  }

  private static List<WriteOffStep> steps(Connection connection, String id) throws SQLException {
    List<WriteOffStep> steps = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT stepped_on, state, officer, reason FROM write_off_step WHERE reference = ?"
                + " ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          steps.add(
              new WriteOffStep(
                  rows.getDate("stepped_on").toLocalDate(),
                  WriteOffState.valueOf(rows.getString("state")),
                  Optional.ofNullable(rows.getString("officer")).map(OfficerId::of),
                  rows.getString("reason")));
        }
      }
    }
    return steps;
  }
}
