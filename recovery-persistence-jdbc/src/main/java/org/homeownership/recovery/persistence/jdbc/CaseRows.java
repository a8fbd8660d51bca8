package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.homeownership.recovery.recoverycase.gate.Enclosure;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.gate.Section81Finding;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldKind;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.InsolvencyKind;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;

/**
 * SQL and mapping for recovery cases, their stage history, holds, letter of claim and forfeiture
 * facts. A save is checked against the stored version (the row locked first), rewrites the case's
 * moves, holds, letter and facts, and records the change in the audit log.
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
      for (String table :
          List.of(
              "recovery_case_stage",
              "recovery_case_hold",
              "recovery_case_s81_finding_charge",
              "recovery_case_s81_finding",
              "recovery_case_forfeiture",
              "recovery_case_letter_enclosure",
              "recovery_case_letter_of_claim")) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
    insertStages(connection, id, record.recoveryCase().history());
    insertHolds(connection, id, record.holds());
    if (record.letterOfClaim().isPresent()) {
      insertLetter(connection, id, record.letterOfClaim().get());
    }
    insertForfeitureFacts(connection, id, record.forfeitureFacts());
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

  private static void insertLetter(Connection connection, String id, LetterOfClaim letter)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO recovery_case_letter_of_claim (account_id, dated, reply_form_received,"
                + " seeking_debt_advice, documents_requested, documents_supplied)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Parameters.of(insert)
          .reference("account id", id)
          .date(letter.dated())
          .date(letter.replyFormReceived().orElse(null))
          .flag(letter.seekingDebtAdvice())
          .date(letter.documentsRequested().orElse(null))
          .date(letter.documentsSupplied().orElse(null));
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO recovery_case_letter_enclosure (account_id, position, enclosure)"
                + " VALUES (?, ?, ?)")) {
      int position = 0;
      for (Enclosure enclosure : letter.enclosures()) {
        Parameters.of(insert).reference("account id", id).integer(++position).name(enclosure);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertForfeitureFacts(Connection connection, String id, ForfeitureFacts facts)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO recovery_case_forfeiture (account_id, lender_on_record, lender_told_on)"
                + " VALUES (?, ?, ?)")) {
      Parameters.of(insert)
          .reference("account id", id)
          .flag(facts.lenderOnRecord())
          .date(facts.lenderToldOn().orElse(null));
      insert.executeUpdate();
    }
    try (PreparedStatement findings =
            connection.prepareStatement(
                "INSERT INTO recovery_case_s81_finding (account_id, position, finding_kind,"
                    + " finding_date) VALUES (?, ?, ?, ?)");
        PreparedStatement charges =
            connection.prepareStatement(
                "INSERT INTO recovery_case_s81_finding_charge (account_id, finding_position,"
                    + " position, entry_id) VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (Section81Finding finding : facts.findings()) {
        position++;
        Parameters.of(findings)
            .reference("account id", id)
            .integer(position)
            .name(finding.kind())
            .date(finding.date());
        findings.addBatch();
        int charge = 0;
        for (EntryId entry : finding.charges()) {
          Parameters.of(charges)
              .reference("account id", id)
              .integer(position)
              .integer(++charge)
              .number(entry.value());
          charges.addBatch();
        }
      }
      findings.executeBatch();
      charges.executeBatch();
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
    return new Versioned<>(
        new CaseRecord(
            recoveryCase, holds.build(), letter(connection, id), forfeitureFacts(connection, id)),
        row.getLong("version"));
  }

  private static Optional<LetterOfClaim> letter(Connection connection, String id)
      throws SQLException {
    ImmutableSet.Builder<Enclosure> enclosures = ImmutableSet.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT enclosure FROM recovery_case_letter_enclosure WHERE account_id = ?"
                + " ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          enclosures.add(Enclosure.valueOf(rows.getString("enclosure")));
        }
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT dated, reply_form_received, seeking_debt_advice, documents_requested,"
                + " documents_supplied FROM recovery_case_letter_of_claim WHERE account_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new LetterOfClaim(
                rows.getDate("dated").toLocalDate(),
                enclosures.build(),
                date(rows, "reply_form_received"),
                rows.getBoolean("seeking_debt_advice"),
                date(rows, "documents_requested"),
                date(rows, "documents_supplied")));
      }
    }
  }

  /** The case's forfeiture facts; none for a case saved before they were kept. */
  private static ForfeitureFacts forfeitureFacts(Connection connection, String id)
      throws SQLException {
    Map<Integer, ImmutableSet.Builder<EntryId>> charges = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT finding_position, entry_id FROM recovery_case_s81_finding_charge"
                + " WHERE account_id = ? ORDER BY finding_position, position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          charges
              .computeIfAbsent(rows.getInt("finding_position"), p -> ImmutableSet.builder())
              .add(EntryId.of(rows.getLong("entry_id")));
        }
      }
    }
    ImmutableList.Builder<Section81Finding> findings = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT position, finding_kind, finding_date FROM recovery_case_s81_finding"
                + " WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ImmutableSet.Builder<EntryId> found = charges.get(rows.getInt("position"));
          findings.add(
              new Section81Finding(
                  found == null ? ImmutableSet.of() : found.build(),
                  Section81Finding.Kind.valueOf(rows.getString("finding_kind")),
                  rows.getDate("finding_date").toLocalDate()));
        }
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT lender_on_record, lender_told_on FROM recovery_case_forfeiture"
                + " WHERE account_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return ForfeitureFacts.none();
        }
        return new ForfeitureFacts(
            findings.build(), rows.getBoolean("lender_on_record"), date(rows, "lender_told_on"));
      }
    }
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
