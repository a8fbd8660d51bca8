package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** Rows inserted per JDBC batch (H2) or per multi-row {@code INSERT} (PostgreSQL). */
  static final int INSERT_BATCH = 1_000;

  /** Rows per multi-row {@code INSERT} on PostgreSQL (18 parameters a row, under its 32,767). */
  static final int MULTI_ROW = 500;

  /**
   * Inserts each posting's entry, in the order given, and returns the ids the database gave them,
   * in the same order (so ids rise in posting order on each account). On PostgreSQL the rows go as
   * multi-row {@code INSERT ... VALUES (...), (...) RETURNING entry_id} statements of up to {@value
   * #MULTI_ROW} rows (one statement executed instead of one per row: a third of the server's time
   * in the round 3 measurements, docs/performance.md); on H2 as JDBC batches of up to {@value
   * #INSERT_BATCH} rows.
   *
   * @throws IllegalArgumentException if a text field cannot be stored; nothing of the failing chunk
   *     reaches the database
   */
  static List<EntryId> insertAll(Connection connection, List<Posting> postings, Dialect dialect)
      throws SQLException {
    return dialect == Dialect.POSTGRESQL
        ? insertRows(connection, postings)
        : insertBatches(connection, postings);
  }

  private static List<EntryId> insertBatches(Connection connection, List<Posting> postings)
      throws SQLException {
    List<EntryId> ids = new ArrayList<>(postings.size());
    try (PreparedStatement statement =
        connection.prepareStatement(INSERT, new String[] {"entry_id"})) {
      for (int from = 0; from < postings.size(); from += INSERT_BATCH) {
        List<Posting> chunk =
            postings.subList(from, Math.min(postings.size(), from + INSERT_BATCH));
        for (Posting posting : chunk) {
          try {
            bind(Parameters.of(statement), posting.account(), posting.entry());
          } catch (IllegalArgumentException e) {
            statement.clearBatch();
            throw named(posting, e);
          }
          statement.addBatch();
        }
        statement.executeBatch();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          for (int i = 0; i < chunk.size(); i++) {
            if (!keys.next()) {
              throw new SQLException(
                  "the database returned " + i + " entry ids for " + chunk.size() + " rows",
                  "HY000");
            }
            ids.add(EntryId.of(keys.getLong(1)));
          }
        }
      }
    }
    return ids;
  }

  /**
   * Multi-row inserts. The identity is drawn row by row in the order of the {@code VALUES} list, so
   * within one statement the ids rise in that order; they are sorted before being handed out, so
   * the order in which {@code RETURNING} gives them back does not matter.
   */
  private static List<EntryId> insertRows(Connection connection, List<Posting> postings)
      throws SQLException {
    List<EntryId> ids = new ArrayList<>(postings.size());
    for (int from = 0; from < postings.size(); from += MULTI_ROW) {
      List<Posting> chunk = postings.subList(from, Math.min(postings.size(), from + MULTI_ROW));
      try (PreparedStatement statement =
          connection.prepareStatement(multiRowInsert(chunk.size()))) {
        Parameters parameters = Parameters.of(statement);
        for (Posting posting : chunk) {
          try {
            bind(parameters, posting.account(), posting.entry());
          } catch (IllegalArgumentException e) {
            throw named(posting, e);
          }
        }
        long[] given = new long[chunk.size()];
        int count = 0;
        try (ResultSet keys = statement.executeQuery()) {
          while (keys.next()) {
            if (count == given.length) {
              throw new SQLException(
                  "the database returned more than " + count + " entry ids", "HY000");
            }
            given[count++] = keys.getLong(1);
          }
        }
        if (count != given.length) {
          throw new SQLException(
              "the database returned " + count + " entry ids for " + given.length + " rows",
              "HY000");
        }
        Arrays.sort(given);
        for (long id : given) {
          ids.add(EntryId.of(id));
        }
      }
    }
    return ids;
  }

  private static String multiRowInsert(int rows) {
    String row = "(" + placeholders(18) + ")";
    StringBuilder sql = new StringBuilder(40 + COLUMNS.length() + rows * (row.length() + 2));
    sql.append("INSERT INTO ledger_entry (").append(COLUMNS).append(") VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.append(" RETURNING entry_id").toString();
  }

  private static IllegalArgumentException named(Posting posting, IllegalArgumentException e) {
    return new IllegalArgumentException("account " + posting.account() + ": " + e.getMessage(), e);
  }

  /**
   * The entries already posted that {@link org.homeownership.recovery.ledger.Ledger#check} needs to
   * judge {@code postings}: those on the same account with the same external reference, and for
   * each reversal the entry it reverses and any reversal of that entry. Read in a few queries, not
   * by reading each account's whole ledger.
   *
   * @return the entries found, by account, in posting order
   */
  static Map<AccountId, List<PostedEntry>> relevantTo(
      Connection connection, List<Posting> postings, Dialect dialect) throws SQLException {
    Map<AccountId, List<PostedEntry>> found = new HashMap<>();
    Set<String> wanted = new HashSet<>();
    List<Posting> referenced = new ArrayList<>();
    for (Posting posting : postings) {
      Optional<String> reference = posting.entry().externalReference();
      // A reference the store cannot keep cannot be in it either; the insert refuses it by name.
      if (reference.isPresent()
          && storable(reference.get())
          && storable(posting.account().value())
          && wanted.add(key(posting.account().value(), reference.get()))) {
        referenced.add(posting);
      }
    }
    Set<Long> seen = new HashSet<>();
    for (int from = 0; from < referenced.size(); from += LOOK_UP_BATCH) {
      List<Posting> chunk =
          referenced.subList(from, Math.min(referenced.size(), from + LOOK_UP_BATCH));
      try (PreparedStatement statement = lookUp(connection, chunk, dialect)) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String account = rows.getString("account_id");
            if (wanted.contains(key(account, rows.getString("external_reference")))) {
              keep(found, seen, AccountId.of(account), read(rows));
            }
          }
        }
      }
    }
    for (Posting posting : postings) {
      if (posting.entry() instanceof Reversal reversal && storable(posting.account().value())) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                SELECT + " WHERE account_id = ? AND (entry_id = ? OR reverses_entry_id = ?)")) {
          Parameters.of(statement)
              .reference("account id", posting.account().value())
              .number(reversal.reverses().value())
              .number(reversal.reverses().value());
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              keep(found, seen, posting.account(), read(rows));
            }
          }
        }
      }
    }
    found.values().forEach(entries -> entries.sort(Comparator.comparing(PostedEntry::id)));
    return found;
  }

  /**
   * The look-up of a chunk's (account, external reference) pairs. On PostgreSQL the pairs go as two
   * arrays joined pairwise ({@code unnest}), one probe of the unique index per pair; the portable
   * form, {@code account_id IN (...) AND external_reference IN (...)}, makes PostgreSQL probe every
   * account with every reference (250,000 probes for 500 pairs: 50–100 ms against 5–20 ms measured
   * in round 3, docs/performance.md). Rows of pairs not asked for are dropped by the caller.
   */
  private static PreparedStatement lookUp(
      Connection connection, List<Posting> chunk, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      String[] accounts = new String[chunk.size()];
      String[] references = new String[chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        accounts[i] = chunk.get(i).account().value();
        references[i] = chunk.get(i).entry().externalReference().orElseThrow();
      }
      PreparedStatement statement =
          connection.prepareStatement(
              SELECT
                  + " JOIN unnest(?::varchar[], ?::varchar[]) AS wanted (wanted_account,"
                  + " wanted_reference) ON account_id = wanted_account"
                  + " AND external_reference = wanted_reference");
      try {
        statement.setArray(1, connection.createArrayOf("varchar", accounts));
        statement.setArray(2, connection.createArrayOf("varchar", references));
      } catch (SQLException | RuntimeException e) {
        statement.close();
        throw e;
      }
      return statement;
    }
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> references = new LinkedHashSet<>();
    for (Posting posting : chunk) {
      accounts.add(posting.account().value());
      references.add(posting.entry().externalReference().orElseThrow());
    }
    PreparedStatement statement =
        connection.prepareStatement(
            SELECT
                + " WHERE account_id IN ("
                + placeholders(accounts.size())
                + ") AND external_reference IN ("
                + placeholders(references.size())
                + ")");
    try {
      Parameters parameters = Parameters.of(statement);
      for (String account : accounts) {
        parameters.reference("account id", account);
      }
      for (String reference : references) {
        parameters.reference("external reference", reference);
      }
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private static boolean storable(String reference) {
    return reference.length() <= Parameters.REFERENCE_LENGTH && reference.indexOf('\0') < 0;
  }

  /** Accounts or references per look-up query. */
  private static final int LOOK_UP_BATCH = 500;

  private static void keep(
      Map<AccountId, List<PostedEntry>> found,
      Set<Long> seen,
      AccountId account,
      PostedEntry entry) {
    if (seen.add(entry.id().value())) {
      found.computeIfAbsent(account, a -> new ArrayList<>()).add(entry);
    }
  }

  private static String key(String account, String reference) {
    return account + '\u0000' + reference;
  }

  /** {@code ?, ?, ...}, {@code count} times. */
  static String placeholders(int count) {
    StringBuilder sql = new StringBuilder(count * 3);
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.toString();
  }

  private static void bind(Parameters parameters, AccountId account, LedgerEntry entry)
      throws SQLException {
    Columns c = Columns.of(entry);
    parameters
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
