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
import java.util.List;
import java.util.Locale;
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

  /** The columns of an entry written by the store, in the order bound. */
  static final String COLUMNS =
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

  /**
   * The query for one account's entries in posting order. On PostgreSQL the account id is compared
   * in {@code COLLATE "C"}, the collation of the index that keeps (account, entry) in order
   * (V21__sweep_and_posting_indexes.sql), so that the index answers it without a sort; for ids the
   * comparison is the same either way (both collations are deterministic).
   */
  static String selectOne(Dialect dialect) {
    return SELECT + " WHERE " + dialect.byAccount("account_id") + " = ? ORDER BY entry_id";
  }

  /** The query for every entry, by account in {@code dialect}'s account order, then posting. */
  static String selectAll(Dialect dialect) {
    return SELECT + " ORDER BY " + dialect.byAccount("account_id") + ", entry_id";
  }

  /** Rows inserted per JDBC batch on H2. */
  static final int INSERT_BATCH = 1_000;

  /**
   * Rows (or pairs, or accounts) per statement on PostgreSQL, where they travel as arrays: one
   * parameter a column, however many rows.
   */
  static final int ARRAY_BATCH = 5_000;

  /** The SQL type of each column of {@link #COLUMNS}, for the arrays that carry them. */
  private static final String[] COLUMN_TYPES = {
    "varchar", "varchar", "varchar", "date", "bigint", "varchar", "varchar", "date", "varchar",
    "date", "date", "varchar", "varchar", "varchar", "varchar", "varchar", "bigint", "varchar"
  };

  /**
   * PostgreSQL: a chunk of rows as one array a column, unnested in step and inserted in the order
   * given ({@code WITH ORDINALITY ... ORDER BY}), so the identity is drawn in posting order.
   */
  private static final String INSERT_ARRAYS = insertArrays();

  private static String insertArrays() {
    StringBuilder arrays = new StringBuilder();
    for (String type : COLUMN_TYPES) {
      arrays.append(arrays.length() == 0 ? "" : ", ").append("?::").append(type).append("[]");
    }
    return "INSERT INTO ledger_entry ("
        + COLUMNS
        + ") SELECT "
        + COLUMNS
        + " FROM unnest("
        + arrays
        + ") WITH ORDINALITY AS given ("
        + COLUMNS
        + ", position) ORDER BY position RETURNING entry_id";
  }

  /**
   * Inserts each posting's entry, in the order given, and returns the ids the database gave them,
   * in the same order (so ids rise in posting order on each account). On PostgreSQL the rows go in
   * chunks of up to {@value #ARRAY_BATCH}, each by {@code COPY ... (FORMAT binary)} with ids drawn
   * first ({@link EntryCopy}), or, where the driver's copy API is not reachable or a value is one
   * {@code COPY} might store differently, as {@code INSERT ... SELECT ... FROM unnest(arrays) ...
   * RETURNING entry_id}: one array a column, so the statement text and its 18 parameters are the
   * same for every batch (a 500-row {@code VALUES} list with 9,000 parameters took two to three
   * times as long on the server: docs/performance-round4-stores.md). On H2 as JDBC batches of up to
   * {@value #INSERT_BATCH} rows.
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
   * PostgreSQL: inserts chunks of up to {@value #ARRAY_BATCH} rows, each checked in full first, by
   * {@link EntryCopy} where the driver's copy API is there and takes the chunk, else from arrays
   * ({@link #insertArrays}).
   */
  private static List<EntryId> insertRows(Connection connection, List<Posting> postings)
      throws SQLException {
    List<EntryId> ids = new ArrayList<>(postings.size());
    boolean copy = copyAvailable(connection);
    for (int from = 0; from < postings.size(); from += ARRAY_BATCH) {
      List<Posting> chunk = postings.subList(from, Math.min(postings.size(), from + ARRAY_BATCH));
      List<@Nullable Object[]> rows = new ArrayList<>(chunk.size());
      for (Posting posting : chunk) {
        try {
          rows.add(values(posting.account(), posting.entry()));
        } catch (IllegalArgumentException e) {
          throw named(posting, e);
        }
      }
      long[] given =
          copy && EntryCopy.takes(rows)
              ? EntryCopy.insert(connection, rows)
              : insertArrays(connection, rows);
      for (long id : given) {
        ids.add(EntryId.of(id));
      }
    }
    return ids;
  }

  /**
   * Inserts {@code rows} (each from {@link #values}) from arrays, one a column, in the order given,
   * and returns their ids in that order. The identity is drawn row by row in the order of {@code
   * ORDER BY position}, so within one statement the ids rise in posting order; they are sorted
   * before being handed out, so the order in which {@code RETURNING} gives them back does not
   * matter. Dates go as ISO text.
   */
  static long[] insertArrays(Connection connection, List<@Nullable Object[]> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT_ARRAYS)) {
      Object[][] columns = new Object[COLUMN_TYPES.length][rows.size()];
      for (int row = 0; row < rows.size(); row++) {
        @Nullable Object[] values = rows.get(row);
        for (int column = 0; column < values.length; column++) {
          columns[column][row] =
              values[column] instanceof LocalDate date ? iso(date) : values[column];
        }
      }
      for (int column = 0; column < columns.length; column++) {
        statement.setArray(
            column + 1,
            connection.createArrayOf(
                COLUMN_TYPES[column].equals("bigint") ? "int8" : "varchar", columns[column]));
      }
      long[] given = new long[rows.size()];
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
            "the database returned " + count + " entry ids for " + given.length + " rows", "HY000");
      }
      Arrays.sort(given);
      return given;
    }
  }

  /** The PostgreSQL driver's connection type, if that driver is on the class path. */
  private static final @Nullable Class<?> DRIVER_CONNECTION = driverConnection();

  private static @Nullable Class<?> driverConnection() {
    try {
      return Class.forName("org.postgresql.PGConnection", false, EntryRows.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /**
   * Whether {@code connection} is (or wraps) a connection of the PostgreSQL driver, whose copy API
   * {@link EntryCopy} uses; a host with another driver, or a pool that does not unwrap, posts by
   * arrays.
   */
  static boolean copyAvailable(Connection connection) throws SQLException {
    return DRIVER_CONNECTION != null && connection.isWrapperFor(DRIVER_CONNECTION);
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
   * <p>With {@code byReference} false the entries with the same external references are not read:
   * for a batch inserted on the understanding that the unique key on (account, external reference)
   * refuses it if one is there (see {@code Session#postAll}).
   *
   * @return the entries found, by account, in posting order
   */
  static Map<AccountId, List<PostedEntry>> relevantTo(
      Connection connection, List<Posting> postings, Dialect dialect, boolean byReference)
      throws SQLException {
    Map<AccountId, List<PostedEntry>> found = new HashMap<>();
    Set<String> wanted = new HashSet<>();
    List<Posting> referenced = new ArrayList<>();
    for (Posting posting : byReference ? postings : List.<Posting>of()) {
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
    if (dialect == Dialect.POSTGRESQL) {
      lookUpPairs(connection, referenced, wanted, found, seen);
    } else {
      lookUpEach(connection, referenced, found, seen);
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            SELECT + " WHERE account_id = ? AND (entry_id = ? OR reverses_entry_id = ?)")) {
      for (Posting posting : postings) {
        if (posting.entry() instanceof Reversal reversal && storable(posting.account().value())) {
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
   * PostgreSQL: the (account, external reference) pairs as two arrays joined pairwise ({@code
   * unnest}), up to {@value #ARRAY_BATCH} pairs a query, one probe of the unique index per pair.
   * The portable form, {@code account_id IN (...) AND external_reference IN (...)}, made PostgreSQL
   * probe every account with every reference (250,000 probes for 500 pairs: 50–100 ms against 5–20
   * ms measured in round 3, docs/performance.md). Each pair is looked up in a {@code LATERAL}
   * subquery with {@code LIMIT 1} (the key is unique), which PostgreSQL cannot turn into a hash
   * join: with a plain join it read the whole ledger table into a hash whenever its statistics were
   * stale (docs/performance-round5-posting.md). Rows of pairs not asked for are dropped.
   */
  private static void lookUpPairs(
      Connection connection,
      List<Posting> referenced,
      Set<String> wanted,
      Map<AccountId, List<PostedEntry>> found,
      Set<Long> seen)
      throws SQLException {
    if (referenced.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT found.* FROM unnest(?::varchar[], ?::varchar[]) AS wanted (wanted_account,"
                + " wanted_reference) CROSS JOIN LATERAL ("
                + SELECT
                + " WHERE account_id = wanted.wanted_account"
                + " AND external_reference = wanted.wanted_reference LIMIT 1) AS found")) {
      for (int from = 0; from < referenced.size(); from += ARRAY_BATCH) {
        List<Posting> chunk =
            referenced.subList(from, Math.min(referenced.size(), from + ARRAY_BATCH));
        String[] accounts = new String[chunk.size()];
        String[] references = new String[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
          accounts[i] = chunk.get(i).account().value();
          references[i] = chunk.get(i).entry().externalReference().orElseThrow();
        }
        statement.setArray(1, connection.createArrayOf("varchar", accounts));
        statement.setArray(2, connection.createArrayOf("varchar", references));
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
  }

  /**
   * H2: one look-up per pair, by one prepared statement reused, each answered by the unique index
   * on (account, external reference). H2 answered the {@code IN (...) AND IN (...)} form without
   * that index (docs/performance-round4-stores.md), and an embedded H2 has no network between the
   * JVM and the database to save round trips on.
   */
  private static void lookUpEach(
      Connection connection,
      List<Posting> referenced,
      Map<AccountId, List<PostedEntry>> found,
      Set<Long> seen)
      throws SQLException {
    if (referenced.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(SELECT + " WHERE account_id = ? AND external_reference = ?")) {
      for (Posting posting : referenced) {
        Parameters.of(statement)
            .reference("account id", posting.account().value())
            .reference("external reference", posting.entry().externalReference().orElseThrow());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            keep(found, seen, posting.account(), read(rows));
          }
        }
      }
    }
  }

  private static boolean storable(String reference) {
    return reference.length() <= Parameters.REFERENCE_LENGTH && reference.indexOf('\0') < 0;
  }

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

  /**
   * The values {@link #bind} would bind, in the same order and checked the same way, for statements
   * that carry them in arrays or by {@code COPY}: text as is, enums by name, dates as {@link
   * LocalDate}, numbers as {@link Long}.
   */
  static @Nullable Object[] values(AccountId account, LedgerEntry entry) {
    Columns c = Columns.of(entry);
    return new @Nullable Object[] {
      Parameters.checkReference("account id", account.value()),
      entry.kind().name(),
      entry.direction().name(),
      entry.date(),
      entry.amount().pence(),
      Parameters.checkReference("external reference", entry.externalReference().orElse(null)),
      name(c.chargeType),
      c.dueDate,
      Parameters.checkText("demand reference", c.demandReference),
      c.period == null ? null : c.period.start(),
      c.period == null ? null : c.period.endExclusive(),
      name(c.method),
      Parameters.checkText("allocate-to reference", c.allocateTo),
      Parameters.checkText("reason", c.reason),
      name(c.writeOffReason),
      Parameters.checkText("authorised by", c.authorisedBy),
      c.reverses,
      name(c.reversedKind)
    };
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  /**
   * A date as PostgreSQL reads it: {@code yyyy-mm-dd} (more digits after year 9999, no sign), and
   * years before 1 as {@code ... BC} (year 0 is 1 BC).
   */
  private static @Nullable String iso(@Nullable LocalDate date) {
    if (date == null) {
      return null;
    }
    int year = date.getYear();
    String monthDay =
        String.format(Locale.ROOT, "-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
    return year >= 1
        ? String.format(Locale.ROOT, "%04d", year) + monthDay
        : String.format(Locale.ROOT, "%04d", 1 - year) + monthDay + " BC";
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
