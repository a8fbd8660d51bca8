package org.homeownership.recovery.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.InvalidPostingException;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
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
  private final boolean keyFirst;

  Session(Connection connection, Dialect dialect) {
    this(connection, dialect, true);
  }

  /**
   * A session that, with {@code keyFirst} false, always posts by looking the batch's external
   * references up first: the exact path that the tests compare {@link #postAll}'s other path with.
   */
  Session(Connection connection, Dialect dialect, boolean keyFirst) {
    this.connection = connection;
    this.dialect = dialect;
    this.keyFirst = keyFirst;
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
  public ContactLog contactLog(AccountId account) {
    return read("reading contact log " + account, () -> ContactRows.read(connection, account));
  }

  @Override
  public ContactLog append(AccountId account, ContactEntry entry, Change change) {
    return read(
        "appending to contact log " + account,
        () -> ContactRows.append(connection, account, entry, change));
  }

  @Override
  public ContactLog recordReply(AccountId account, ContactId id, Reply reply, Change change) {
    return read(
        "recording a reply in contact log " + account,
        () -> ContactRows.recordReply(connection, account, id, reply, change));
  }

  @Override
  public void recordIssued(IssuedNotice notice, Change change) {
    write(
        "keeping a notice issued to " + notice.account(),
        () -> IssuedNoticeRows.insert(connection, notice, change));
  }

  @Override
  public List<IssuedNotice> issuedNotices(AccountId account) {
    return read(
        "reading notices issued to " + account,
        () -> IssuedNoticeRows.byAccount(connection, account));
  }

  @Override
  public Optional<Versioned<WriteOffRecord>> writeOff(WriteOffReference reference) {
    return read("reading write-off " + reference, () -> WriteOffRows.find(connection, reference));
  }

  @Override
  public Versioned<WriteOffRecord> save(
      WriteOffRecord record, long expectedVersion, Change change) {
    return read(
        "saving write-off " + record.reference(),
        () -> WriteOffRows.save(connection, record, expectedVersion, change));
  }

  @Override
  public List<Versioned<WriteOffRecord>> writeOffs(AccountId account) {
    return read(
        "reading the write-offs of " + account,
        () -> WriteOffRows.byAccount(connection, dialect, account));
  }

  @Override
  public Optional<Versioned<CourtCases>> courtCases(AccountId account) {
    return read(
        "reading the court cases of " + account, () -> CourtCaseRows.find(connection, account));
  }

  @Override
  public Versioned<CourtCases> save(
      AccountId account, CourtCases cases, long expectedVersion, Change change) {
    requireNonNull(cases, "cases");
    return read(
        "saving the court cases of " + account,
        () -> CourtCaseRows.save(connection, account, cases, expectedVersion, change));
  }

  @Override
  public void recordServed(ServiceChargeDemand demand, Change change) {
    requireNonNull(change, "change");
    write(
        "keeping a demand served on " + demand.account(),
        () -> DemandRows.insert(connection, demand, change));
  }

  @Override
  public List<ServiceChargeDemand> demands(AccountId account) {
    return read(
        "reading the demands served on " + account,
        () -> DemandRows.byAccount(connection, account));
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

  /**
   * Posts a batch. Every account is locked first, in one fixed order. Only the entries the posting
   * rules need are read (those with the batch's external references, and what its reversals name),
   * not whole ledgers; each posting is checked by {@link Ledger#check} against them and against the
   * batch's own earlier postings, and the new entries are inserted together (see {@link
   * EntryRows#insertAll}) in the order given. The unique keys on (account, external reference) and
   * on the reversed entry stay the last word if another writer bypasses the lock.
   *
   * <p>On PostgreSQL with the driver's copy API, the batch is first posted without reading the
   * entries with its external references, inside a savepoint ({@link #postByKeyFirst}): a payment
   * file posted once has none, and the look-up was a seventh of the server's work for it
   * (docs/performance-round5-posting.md). If one is there the unique key refuses the insert; that
   * attempt, or any refusal of a posting, is rolled back to the savepoint and the batch is posted
   * the exact way, which gives the result or the refusal it always gave.
   */
  @Override
  public List<PostingResult> postAll(List<Posting> postings) {
    try {
      // Lock every account in one fixed order, so that two batches never wait on each other.
      TreeSet<AccountId> accounts = new TreeSet<>();
      postings.forEach(posting -> accounts.add(posting.account()));
      lockAll(accounts);
      if (keyFirst && dialect == Dialect.POSTGRESQL && EntryRows.copyAvailable(connection)) {
        Optional<List<PostingResult>> posted = postByKeyFirst(postings);
        if (posted.isPresent()) {
          return posted.get();
        }
      }
      return check(postings, EntryRows.relevantTo(connection, postings, dialect, true));
    } catch (SQLException e) {
      throw StorageException.of(
          "posting " + postings.size() + (postings.size() == 1 ? " entry" : " entries"), e);
    }
  }

  /**
   * Posts {@code postings} (their accounts locked) reading only what their reversals name, inside a
   * savepoint. If every posting passes its checks and every new entry is inserted, no entry with
   * the same account and external reference as one of them was stored (the unique key would have
   * refused the insert), so the exact path would have read nothing more and given the same results.
   * Otherwise the savepoint is rolled back and the result is empty.
   *
   * @throws SQLException if the database fails other than by the unique key refusing an entry
   */
  private Optional<List<PostingResult>> postByKeyFirst(List<Posting> postings) throws SQLException {
    Savepoint start = connection.setSavepoint();
    try {
      List<PostingResult> results =
          check(postings, EntryRows.relevantTo(connection, postings, dialect, false));
      connection.releaseSavepoint(start);
      return Optional.of(results);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      rollBackTo(start, e);
    } catch (RuntimeException e) {
      rollBackTo(start, e);
    }
    return Optional.empty();
  }

  /** PostgreSQL's SQLSTATE for a unique key refusing a row. */
  private static final String UNIQUE_VIOLATION = "23505";

  private void rollBackTo(Savepoint start, Exception failure) throws SQLException {
    try {
      connection.rollback(start);
    } catch (SQLException e) {
      e.addSuppressed(failure);
      throw e;
    }
  }

  /** Checks and inserts {@code postings} against the entries already posted that they need. */
  private List<PostingResult> check(List<Posting> postings, Map<AccountId, List<PostedEntry>> known)
      throws SQLException {
    Batch batch = new Batch(known);
    for (Posting posting : postings) {
      if (batch.dependsOnPending(posting)) {
        batch.flush();
      }
      Optional<PostedEntry> existing =
          Ledger.of(posting.account(), batch.knownOn(posting.account())).check(posting.entry());
      if (existing.isPresent()) {
        batch.already(existing.get());
      } else {
        batch.add(posting);
      }
    }
    batch.flush();
    return batch.results();
  }

  /**
   * The postings of one {@link #postAll} call as they are checked: new entries wait under a
   * provisional id (above any id the database gives) until they are inserted together; a posting
   * that names a waiting entry (the same external reference, or a second reversal of the same
   * entry) first has the waiting entries inserted, so that every message names real ids.
   */
  private final class Batch {
    private final Map<AccountId, List<PostedEntry>> known;
    private final List<Posting> pending = new ArrayList<>();
    private final List<PostedEntry> pendingEntries = new ArrayList<>();
    private final Set<String> pendingReferences = new HashSet<>();
    private final Set<Long> pendingReversed = new HashSet<>();
    private final List<PostedEntry> entries = new ArrayList<>();
    private final List<Boolean> already = new ArrayList<>();
    private final Map<Long, PostedEntry> inserted = new HashMap<>();
    private long provisional = Long.MAX_VALUE / 2;

    Batch(Map<AccountId, List<PostedEntry>> known) {
      this.known = known;
    }

    List<PostedEntry> knownOn(AccountId account) {
      return known.computeIfAbsent(account, a -> new ArrayList<>());
    }

    boolean dependsOnPending(Posting posting) {
      Optional<String> reference = posting.entry().externalReference();
      return reference.isPresent()
              && pendingReferences.contains(key(posting.account(), reference.get()))
          || posting.entry() instanceof Reversal reversal
              && pendingReversed.contains(reversal.reverses().value());
    }

    void already(PostedEntry existing) {
      entries.add(existing);
      already.add(true);
    }

    void add(Posting posting) {
      PostedEntry waiting = new PostedEntry(EntryId.of(++provisional), posting.entry());
      knownOn(posting.account()).add(waiting);
      pending.add(posting);
      pendingEntries.add(waiting);
      posting
          .entry()
          .externalReference()
          .ifPresent(reference -> pendingReferences.add(key(posting.account(), reference)));
      if (posting.entry() instanceof Reversal reversal) {
        pendingReversed.add(reversal.reverses().value());
      }
      entries.add(waiting);
      already.add(false);
    }

    /** Inserts the waiting entries and puts their real ids in their place. */
    void flush() throws SQLException {
      if (pending.isEmpty()) {
        return;
      }
      List<EntryId> ids;
      try {
        ids = EntryRows.insertAll(connection, pending, dialect);
      } catch (InvalidPostingException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InvalidPostingException(e.getMessage());
      }
      for (int i = 0; i < pending.size(); i++) {
        PostedEntry waiting = pendingEntries.get(i);
        PostedEntry real = new PostedEntry(ids.get(i), waiting.entry());
        inserted.put(waiting.id().value(), real);
        List<PostedEntry> onAccount = known.get(pending.get(i).account());
        onAccount.set(onAccount.indexOf(waiting), real);
      }
      pending.clear();
      pendingEntries.clear();
      pendingReferences.clear();
      pendingReversed.clear();
    }

    List<PostingResult> results() {
      List<PostingResult> results = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        PostedEntry entry = entries.get(i);
        results.add(
            new PostingResult(inserted.getOrDefault(entry.id().value(), entry), already.get(i)));
      }
      return Collections.unmodifiableList(results);
    }

    private static String key(AccountId account, String reference) {
      return account.value() + '\u0000' + reference;
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

  /** Accounts locked per query: as an {@code IN} list on H2, as one joined array on PostgreSQL. */
  private int lockBatch() {
    return dialect == Dialect.POSTGRESQL ? EntryRows.ARRAY_BATCH : 500;
  }

  /**
   * Locks the rows of {@code accounts} until the transaction ends, a few hundred (H2) or thousand
   * (PostgreSQL, the ids as one array: {@link #LOCK_ARRAY}) to a query, in the database's order of
   * account ids.
   *
   * @throws UnknownAccountException naming the first account, in id order, that does not exist
   */
  private void lockAll(TreeSet<AccountId> accounts) throws SQLException {
    if (accounts.size() == 1) {
      if (!lock(accounts.first())) {
        throw new UnknownAccountException(accounts.first());
      }
      return;
    }
    List<AccountId> all = new ArrayList<>(accounts);
    Set<String> found = new HashSet<>();
    int batch = lockBatch();
    for (int from = 0; from < all.size(); from += batch) {
      List<AccountId> chunk = all.subList(from, Math.min(all.size(), from + batch));
      boolean array = dialect == Dialect.POSTGRESQL;
      try (PreparedStatement statement =
          connection.prepareStatement(array ? LOCK_ARRAY : lockList(chunk.size()))) {
        if (array) {
          String[] ids = new String[chunk.size()];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = chunk.get(i).value();
          }
          statement.setArray(1, connection.createArrayOf("varchar", ids));
        } else {
          for (int i = 0; i < chunk.size(); i++) {
            statement.setString(i + 1, chunk.get(i).value());
          }
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
      }
    }
    for (AccountId account : all) {
      if (!found.contains(account.value())) {
        throw new UnknownAccountException(account);
      }
    }
  }

  /**
   * PostgreSQL: locks the accounts named in one array, joined to their rows, in {@code COLLATE "C"}
   * order. The array is joined ({@code unnest}), not tested by {@code account_id = ANY(?)}: the
   * driver's prepared statement is planned once for any array, and PostgreSQL planned {@code =
   * ANY(?)} as a scan of every account testing each against every id of the array when the table
   * was small at planning time, which it then kept (25–44 ms for 1,000 accounts among 2,000, and
   * growing with the table: docs/performance-round5-posting.md). A join costs one index probe per
   * id, or at worst one pass over the accounts with a hash of the ids.
   */
  private static final String LOCK_ARRAY =
      "SELECT account.account_id FROM unnest(?::varchar[]) AS wanted (account_id)"
          + " JOIN debtor_account account ON account.account_id = wanted.account_id"
          + " ORDER BY account.account_id COLLATE \"C\" FOR UPDATE OF account";

  /** H2: locks the accounts named in an {@code IN} list of {@code count} ids, in id order. */
  private String lockList(int count) {
    return "SELECT account_id FROM debtor_account WHERE account_id IN ("
        + EntryRows.placeholders(count)
        + ") ORDER BY "
        + dialect.byAccount("account_id")
        + " FOR UPDATE";
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
    try (PreparedStatement statement = connection.prepareStatement(EntryRows.selectOne(dialect))) {
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
