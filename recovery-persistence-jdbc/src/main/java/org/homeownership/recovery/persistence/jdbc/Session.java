package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.billing.StoredBillingRun;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.InvalidPostingException;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.jspecify.annotations.Nullable;

/**
 * The store's operations on one connection inside one transaction, begun and ended by {@link
 * JdbcStore}. Posting locks each account row first ({@code SELECT ... FOR UPDATE}), so posts to one
 * account are serialised and their entry ids rise in posting order.
 */
final class Session implements StoreTransaction {

  /** Rows fetched per round trip when streaming. */
  static final int FETCH_SIZE = 500;

  private final Connection connection;
  private final Dialect dialect;

  Session(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  @Override
  public void save(DebtorAccount account) {
    try {
      boolean exists = lock(account.id());
      if (exists) {
        AccountRows.deleteDetails(connection, account.id());
      }
      AccountRows.insert(connection, account, exists);
    } catch (SQLException e) {
      throw StorageException.of("saving account " + account.id(), e);
    }
  }

  @Override
  public Optional<DebtorAccount> find(AccountId id) {
    try (PreparedStatement statement = connection.prepareStatement(AccountRows.selectOne())) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        return Optional.ofNullable(new AccountRows.Cursor(rows).next());
      }
    } catch (SQLException e) {
      throw StorageException.of("reading account " + id, e);
    }
  }

  @Override
  public Stream<DebtorAccount> all() {
    return streamRows(
        "reading every account",
        AccountRows.selectAll(dialect),
        rows -> new AccountRows.Cursor(rows)::next);
  }

  /** Every account with its ledger, in account-id order; see {@link JdbcStore#portfolio()}. */
  Stream<AccountLedger> portfolio() {
    String operation = "reading the portfolio";
    List<AutoCloseable> open = new ArrayList<>();
    try {
      AccountRows.Cursor accounts =
          new AccountRows.Cursor(query(AccountRows.selectAll(dialect), open));
      EntryCursor entries = new EntryCursor(query(EntryRows.selectAll(dialect), open));
      return stream(
          operation,
          open,
          action -> {
            DebtorAccount next = accounts.next();
            if (next == null) {
              return false;
            }
            List<PostedEntry> ledger = entries.takeFor(next.id().value(), dialect);
            action.accept(new AccountLedger(next, Ledger.of(next.id(), ledger)));
            return true;
          });
    } catch (SQLException e) {
      closeAll(open, operation);
      throw StorageException.of(operation, e);
    }
  }

  @Override
  public void save(Dwelling dwelling) {
    try {
      PropertyRows.saveDwelling(connection, dwelling);
    } catch (SQLException e) {
      throw StorageException.of("saving dwelling " + dwelling.id(), e);
    }
  }

  @Override
  public Optional<Dwelling> dwelling(DwellingId id) {
    try {
      return PropertyRows.dwelling(connection, id);
    } catch (SQLException e) {
      throw StorageException.of("reading dwelling " + id, e);
    }
  }

  @Override
  public Stream<Dwelling> dwellings() {
    return streamRows(
        "reading every dwelling",
        PropertyRows.selectDwellings(dialect),
        rows -> () -> rows.next() ? PropertyRows.dwelling(rows) : null);
  }

  @Override
  public void save(Lease lease) {
    try {
      PropertyRows.saveLease(connection, lease);
    } catch (SQLException e) {
      throw StorageException.of("saving the lease of " + lease.dwelling(), e);
    }
  }

  @Override
  public void prepare(BillingRunId id, BillingRun run, Change change) {
    write("preparing billing run " + id, () -> BillingRunRows.prepare(connection, id, run, change));
  }

  @Override
  public void approve(BillingRunId id, Change change) {
    write("approving billing run " + id, () -> BillingRunRows.approve(connection, id, change));
  }

  @Override
  public BillingRunResult post(BillingRunId id, Change change) {
    return read(
        "posting billing run " + id, () -> BillingRunRows.post(connection, this, id, change));
  }

  @Override
  public Optional<StoredBillingRun> billingRun(BillingRunId id) {
    return read("reading billing run " + id, () -> BillingRunRows.find(connection, id));
  }

  @Override
  public Optional<Versioned<CaseRecord>> recoveryCase(AccountId account) {
    return read("reading the case of " + account, () -> CaseRows.find(connection, account));
  }

  @Override
  public Versioned<CaseRecord> save(CaseRecord record, long expectedVersion, Change change) {
    return read(
        "saving the case of " + record.account(),
        () -> CaseRows.save(connection, record, expectedVersion, change));
  }

  @Override
  public Stream<Versioned<CaseRecord>> recoveryCases() {
    return read("reading every case", () -> CaseRows.all(connection, dialect)).stream();
  }

  @Override
  public Optional<Versioned<ArrangementRecord>> arrangement(ArrangementId id) {
    return read("reading arrangement " + id, () -> ArrangementRows.find(connection, id));
  }

  @Override
  public Versioned<ArrangementRecord> save(
      ArrangementRecord record, long expectedVersion, Change change) {
    return read(
        "saving arrangement " + record.id(),
        () -> ArrangementRows.save(connection, record, expectedVersion, change));
  }

  @Override
  public Stream<Versioned<ArrangementRecord>> arrangements() {
    return read("reading every arrangement", () -> ArrangementRows.all(connection, dialect))
        .stream();
  }

  @Override
  public void record(AuditEntry entry) {
    write("recording an audit entry", () -> AuditRows.insert(connection, entry));
  }

  @Override
  public List<AuditEntry> history(AuditedEntity entity, String entityId) {
    return read("reading the audit log", () -> AuditRows.history(connection, entity, entityId));
  }

  /** Work on the connection that may fail with an {@link SQLException}. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Work on the connection that returns nothing. */
  @FunctionalInterface
  private interface SqlWrite {
    void run() throws SQLException;
  }

  private static <T> T read(String operation, SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw StorageException.of(operation, e);
    }
  }

  private static void write(String operation, SqlWrite work) {
    try {
      work.run();
    } catch (SQLException e) {
      throw StorageException.of(operation, e);
    }
  }

  @Override
  public Optional<Lease> leaseOf(DwellingId dwelling) {
    try {
      return PropertyRows.lease(connection, dwelling);
    } catch (SQLException e) {
      throw StorageException.of("reading the lease of " + dwelling, e);
    }
  }

  /** Every lease in dwelling id order, read into memory (a council has tens of thousands). */
  @Override
  public Stream<Lease> leases() {
    try {
      return PropertyRows.leases(connection, dialect).stream();
    } catch (SQLException e) {
      throw StorageException.of("reading every lease", e);
    }
  }

  @Override
  public PostingResult post(AccountId account, LedgerEntry entry) {
    return postAll(List.of(new Posting(account, entry))).get(0);
  }

  @Override
  public List<PostingResult> postAll(List<Posting> postings) {
    try {
      // Lock every account in one fixed order, so that two batches never wait on each other.
      TreeSet<AccountId> accounts = new TreeSet<>();
      postings.forEach(posting -> accounts.add(posting.account()));
      Map<AccountId, Ledger> ledgers = new HashMap<>();
      for (AccountId account : accounts) {
        if (!lock(account)) {
          throw new UnknownAccountException(account);
        }
        ledgers.put(account, readLedger(account));
      }
      List<PostingResult> results = new ArrayList<>(postings.size());
      for (Posting posting : postings) {
        Ledger ledger = ledgers.get(posting.account());
        Optional<PostedEntry> existing = ledger.check(posting.entry());
        if (existing.isPresent()) {
          results.add(new PostingResult(existing.get(), true));
        } else {
          PostedEntry posted = new PostedEntry(insert(posting), posting.entry());
          ledgers.put(posting.account(), ledger.append(posted));
          results.add(new PostingResult(posted, false));
        }
      }
      return Collections.unmodifiableList(results);
    } catch (SQLException e) {
      throw StorageException.of(
          "posting " + postings.size() + (postings.size() == 1 ? " entry" : " entries"), e);
    }
  }

  @Override
  public Ledger ledger(AccountId account) {
    try {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT 1 FROM debtor_account WHERE account_id = ?")) {
        statement.setString(1, account.value());
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next()) {
            throw new UnknownAccountException(account);
          }
        }
      }
      return readLedger(account);
    } catch (SQLException e) {
      throw StorageException.of("reading the ledger of account " + account, e);
    }
  }

  private EntryId insert(Posting posting) throws SQLException {
    try {
      return EntryRows.insert(connection, posting.account(), posting.entry());
    } catch (InvalidPostingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidPostingException("account " + posting.account() + ": " + e.getMessage());
    }
  }

  /** Locks the account's row until the transaction ends; false if there is no such account. */
  private boolean lock(AccountId account) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT account_id FROM debtor_account WHERE account_id = ? FOR UPDATE")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private Ledger readLedger(AccountId account) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EntryRows.selectOne())) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        return Ledger.of(account, EntryRows.readAll(rows));
      }
    }
  }

  private ResultSet query(String sql, List<AutoCloseable> open) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    open.add(statement);
    statement.setFetchSize(FETCH_SIZE);
    ResultSet rows = statement.executeQuery();
    open.add(rows);
    return rows;
  }

  /** Streams {@code sql}'s rows through a cursor, one value at a time, until it gives null. */
  private <T> Stream<T> streamRows(String operation, String sql, RowReader<T> reader) {
    List<AutoCloseable> open = new ArrayList<>();
    try {
      NextValue<T> values = reader.open(query(sql, open));
      return stream(
          operation,
          open,
          action -> {
            T next = values.next();
            if (next == null) {
              return false;
            }
            action.accept(next);
            return true;
          });
    } catch (SQLException e) {
      closeAll(open, operation);
      throw StorageException.of(operation, e);
    }
  }

  /** Reads values from a result set. */
  @FunctionalInterface
  private interface RowReader<T> {
    NextValue<T> open(ResultSet rows) throws SQLException;
  }

  /** The next value, or null after the last. */
  @FunctionalInterface
  private interface NextValue<T> {
    @Nullable T next() throws SQLException;
  }

  /** Advances a stream by one element; false at the end. */
  @FunctionalInterface
  private interface Step<T> {
    boolean advance(Consumer<? super T> action) throws SQLException;
  }

  private static <T> Stream<T> stream(String operation, List<AutoCloseable> open, Step<T> step) {
    Spliterator<T> spliterator =
        new Spliterators.AbstractSpliterator<T>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            try {
              return step.advance(action);
            } catch (SQLException e) {
              throw StorageException.of(operation, e);
            }
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(() -> closeAll(open, operation));
  }

  /** Closes result sets and statements, last opened first. */
  static void closeAll(List<AutoCloseable> open, String operation) {
    SQLException failure = null;
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      } catch (Exception e) {
        throw new IllegalStateException(operation + ": closing failed", e);
      }
    }
    open.clear();
    if (failure != null) {
      throw StorageException.of(operation + ": closing", failure);
    }
  }

  /** Reads entries ordered by account, handing out each account's entries in turn. */
  private static final class EntryCursor {

    private final ResultSet rows;
    private boolean onRow;

    EntryCursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.onRow = rows.next();
    }

    /**
     * The entries of {@code account}, skipping any of accounts that sort before it (none, when both
     * queries read one snapshot).
     */
    List<PostedEntry> takeFor(String account, Dialect dialect) throws SQLException {
      List<PostedEntry> entries = new ArrayList<>();
      while (onRow) {
        int order = dialect.accountOrder().compare(rows.getString("account_id"), account);
        if (order > 0) {
          break;
        }
        if (order == 0) {
          entries.add(EntryRows.read(rows));
        }
        onRow = rows.next();
      }
      return entries;
    }
  }
}
