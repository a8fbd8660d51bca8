package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/** SQL and mapping for ledger entries: one row per entry, with a column per field of each kind. */
final class EntryRows {

  private static final String COLUMNS =
      "account_id, kind, direction, entry_date, amount_pence, external_reference, charge_type,"
          + " due_date, demand_reference, period_start, period_end_exclusive, payment_method,"
          + " allocate_to, reason, write_off_reason, authorised_by, reverses_entry_id,"
          + " reversed_kind";

  private static final String INSERT =
      "INSERT INTO ledger_entry ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String SELECT = "SELECT entry_id, " + COLUMNS + " FROM ledger_entry";

  private EntryRows() {}

  /** The query for one account's entries in posting order. */
  static String selectOne() {
    return SELECT + " WHERE account_id = ? ORDER BY entry_id";
  }

  /** The query for every entry, by account in {@code dialect}'s account order, then posting. */
  static String selectAll(Dialect dialect) {
    return SELECT + " ORDER BY " + dialect.byAccount("account_id") + ", entry_id";
  }

  /**
   * Inserts {@code entry} on {@code account}'s ledger and returns the id the database gave it.
   *
   * @throws IllegalArgumentException if a text field cannot be stored
   */
  static EntryId insert(Connection connection, AccountId account, LedgerEntry entry)
      throws SQLException {
    Columns c = Columns.of(entry);
    try (PreparedStatement statement =
        connection.prepareStatement(INSERT, new String[] {"entry_id"})) {
      Parameters.of(statement)
          .reference("account id", account.value())
          .name(entry.kind())
          .name(entry.direction())
          .date(entry.date())
          .number(entry.amount().pence())
          .reference("external reference", entry.externalReference().orElse(null))
          .name(c.chargeType)
          .date(c.dueDate)
          .text("demand reference", c.demandReference)
          .date(c.period == null ? null : c.period.start())
          .date(c.period == null ? null : c.period.endExclusive())
          .name(c.method)
          .text("allocate-to reference", c.allocateTo)
          .text("reason", c.reason)
          .name(c.writeOffReason)
          .text("authorised by", c.authorisedBy)
          .number(c.reverses)
          .name(c.reversedKind);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("the database returned no entry id", "HY000");
        }
        return EntryId.of(keys.getLong(1));
      }
    }
  }

  /** Reads the entries of one account, in posting order, from a result of {@link #selectOne}. */
  static List<PostedEntry> readAll(ResultSet rows) throws SQLException {
    List<PostedEntry> entries = new ArrayList<>();
    while (rows.next()) {
      entries.add(read(rows));
    }
    return entries;
  }

  /** Reads the entry on the current row. */
  static PostedEntry read(ResultSet rows) throws SQLException {
    EntryId id = EntryId.of(rows.getLong("entry_id"));
    LocalDate date = rows.getObject("entry_date", LocalDate.class);
    Money amount = Money.ofPence(rows.getLong("amount_pence"));
    Optional<String> externalReference = Optional.ofNullable(rows.getString("external_reference"));
    EntryKind kind = EntryKind.valueOf(rows.getString("kind"));
    LedgerEntry entry =
        switch (kind) {
          case CHARGE ->
              Charge.builder()
                  .chargeType(ChargeType.valueOf(rows.getString("charge_type")))
                  .periodCovered(period(rows))
                  .dateRaised(date)
                  .dueDate(rows.getObject("due_date", LocalDate.class))
                  .demandReference(Optional.ofNullable(rows.getString("demand_reference")))
                  .amount(amount)
                  .externalReference(externalReference)
                  .build();
          case ADJUSTMENT ->
              Adjustment.builder()
                  .date(date)
                  .amount(amount)
                  .chargeType(ChargeType.valueOf(rows.getString("charge_type")))
                  .reason(rows.getString("reason"))
                  .dueDate(rows.getObject("due_date", LocalDate.class))
                  .demandReference(Optional.ofNullable(rows.getString("demand_reference")))
                  .externalReference(externalReference)
                  .build();
          case REFUND ->
              Refund.builder()
                  .date(date)
                  .amount(amount)
                  .method(PaymentMethod.valueOf(rows.getString("payment_method")))
                  .reason(rows.getString("reason"))
                  .externalReference(externalReference)
                  .build();
          case PAYMENT ->
              Payment.builder()
                  .dateReceived(date)
                  .amount(amount)
                  .method(PaymentMethod.valueOf(rows.getString("payment_method")))
                  .reference(rows.getString("external_reference"))
                  .allocateTo(Optional.ofNullable(rows.getString("allocate_to")))
                  .build();
          case CREDIT ->
              Credit.builder()
                  .date(date)
                  .amount(amount)
                  .reason(rows.getString("reason"))
                  .allocateTo(Optional.ofNullable(rows.getString("allocate_to")))
                  .externalReference(externalReference)
                  .build();
          case WRITE_OFF ->
              WriteOff.builder()
                  .date(date)
                  .amount(amount)
                  .reason(WriteOffReason.valueOf(rows.getString("write_off_reason")))
                  .authorisedBy(rows.getString("authorised_by"))
                  .allocateTo(Optional.ofNullable(rows.getString("allocate_to")))
                  .externalReference(externalReference)
                  .build();
          case REVERSAL ->
              ImmutableReversal.builder()
                  .reverses(EntryId.of(rows.getLong("reverses_entry_id")))
                  .reversedKind(EntryKind.valueOf(rows.getString("reversed_kind")))
                  .amount(amount)
                  .direction(Direction.valueOf(rows.getString("direction")))
                  .date(date)
                  .reason(rows.getString("reason"))
                  .externalReference(externalReference)
                  .build();
        };
    return new PostedEntry(id, entry);
  }

  private static Optional<DateRange> period(ResultSet rows) throws SQLException {
    LocalDate start = rows.getObject("period_start", LocalDate.class);
    LocalDate end = rows.getObject("period_end_exclusive", LocalDate.class);
    return start == null || end == null ? Optional.empty() : Optional.of(new DateRange(start, end));
  }

  /** The kind-specific columns of one entry; null where its kind does not use a column. */
  private static final class Columns {
    @Nullable ChargeType chargeType;
    @Nullable LocalDate dueDate;
    @Nullable String demandReference;
    @Nullable DateRange period;
    @Nullable PaymentMethod method;
    @Nullable String allocateTo;
    @Nullable String reason;
    @Nullable WriteOffReason writeOffReason;
    @Nullable String authorisedBy;
    @Nullable Long reverses;
    @Nullable EntryKind reversedKind;

    static Columns of(LedgerEntry entry) {
      Columns c = new Columns();
      if (entry instanceof Charge charge) {
        c.chargeType = charge.chargeType();
        c.dueDate = charge.dueDate();
        c.demandReference = charge.demandReference().orElse(null);
        c.period = charge.periodCovered().orElse(null);
      } else if (entry instanceof Adjustment adjustment) {
        c.chargeType = adjustment.chargeType();
        c.dueDate = adjustment.dueDate();
        c.demandReference = adjustment.demandReference().orElse(null);
        c.reason = adjustment.reason();
      } else if (entry instanceof Refund refund) {
        c.method = refund.method();
        c.reason = refund.reason();
      } else if (entry instanceof Payment payment) {
        c.method = payment.method();
        c.allocateTo = payment.allocateTo().orElse(null);
      } else if (entry instanceof Credit credit) {
        c.reason = credit.reason();
        c.allocateTo = credit.allocateTo().orElse(null);
      } else if (entry instanceof WriteOff writeOff) {
        c.writeOffReason = writeOff.reason();
        c.authorisedBy = writeOff.authorisedBy();
        c.allocateTo = writeOff.allocateTo().orElse(null);
      } else if (entry instanceof Reversal reversal) {
        c.reason = reversal.reason();
        c.reverses = reversal.reverses().value();
        c.reversedKind = reversal.reversedKind();
      } else {
        throw new IllegalArgumentException(
            "the store keeps only the core's entry kinds, not " + entry.getClass().getName());
      }
      return c;
    }
  }
}
