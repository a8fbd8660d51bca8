package org.homeownership.recovery.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.AccountStore;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementStore;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.billing.BillingRunStore;
import org.homeownership.recovery.billing.StoredBillingRun;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.contact.ContactLogStore;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.court.CourtCaseStore;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.demand.DemandStore;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.LeaseStore;
import org.homeownership.recovery.ledger.ExternalReferenceConflictException;
import org.homeownership.recovery.ledger.InvalidPostingException;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.notice.IssuedNoticeStore;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.DwellingStore;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCaseStore;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffStore;
import org.jspecify.annotations.Nullable;

/**
 * Debtor accounts and their ledgers, dwellings and leases, billing runs, recovery cases,
 * arrangements, contact logs, issued notices, write-offs, court and tribunal cases, service charge
 * demands and the audit log, kept in H2 or PostgreSQL in the schema that {@link RecoverySchema}
 * creates. Cases, arrangements, write-offs and court cases carry a version: a save made from a
 * stale version throws {@link StaleWriteException} and writes nothing.
 *
 * <p>It takes connections from the host's {@link DataSource} and owns no pool: each call borrows a
 * connection, runs one transaction at READ COMMITTED, and gives the connection back with its
 * auto-commit and isolation settings as they were. {@link #inTransaction} runs several reads and
 * writes in one transaction.
 *
 * <p>Posting locks the account's row, reads its ledger and applies {@link Ledger#check}, so posts
 * to one account are serialised, entry ids rise in posting order, and posting an external reference
 * twice stores it once, across threads and processes alike. A unique key on (account, external
 * reference) backs this: should a writer that bypasses the lock get there first, the transaction is
 * rolled back and run again, and then finds the entry already posted.
 *
 * <p>Thread-safe: share one instance.
 */
public final class JdbcStore
    implements AccountStore,
        LedgerStore,
        DwellingStore,
        LeaseStore,
        BillingRunStore,
        RecoveryCaseStore,
        ArrangementStore,
        ContactLogStore,
        IssuedNoticeStore,
        WriteOffStore,
        CourtCaseStore,
        DemandStore,
        AuditLog {

  /** How many times a transaction runs before a clash with other writers is given up. */
  static final int MAX_ATTEMPTS = 5;

  private final DataSource dataSource;
  private volatile @Nullable Dialect dialect;

  /** A store on the database behind {@code dataSource}, whose schema is already migrated. */
  public JdbcStore(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /** Saves a new account, or replaces the stored account (its parties and address) with it. */
  @Override
  public void save(DebtorAccount account) {
    inTransaction(
        store -> {
          store.save(account);
          return null;
        });
  }

  /** The account with the given id, with its parties in letter order, if there is one. */
  @Override
  public Optional<DebtorAccount> find(AccountId id) {
    return inTransaction(store -> store.find(id));
  }

  /**
   * Every account in id order, streamed from a database cursor so that the portfolio need not fit
   * in memory. The stream holds a connection: close it, best with try-with-resources.
   */
  @Override
  public Stream<DebtorAccount> all() {
    return streamInTransaction(
        Connection.TRANSACTION_READ_COMMITTED, "reading every account", Session::all);
  }

  /** Saves a new dwelling, or replaces the stored dwelling with the same id. */
  @Override
  public void save(Dwelling dwelling) {
    inTransaction(
        store -> {
          store.save(dwelling);
          return null;
        });
  }

  /** The dwelling with the given id, if there is one. */
  @Override
  public Optional<Dwelling> dwelling(DwellingId id) {
    return inTransaction(store -> store.dwelling(id));
  }

  /** Every dwelling in id order, streamed from a cursor: close the stream. */
  @Override
  public Stream<Dwelling> dwellings() {
    return streamInTransaction(
        Connection.TRANSACTION_READ_COMMITTED, "reading every dwelling", Session::dwellings);
  }

  /**
   * Saves a lease's terms (ground rent due dates and s.125 estimates included), or replaces the
   * stored lease of the same dwelling.
   *
   * @throws IllegalArgumentException if no such dwelling is stored; nothing is written
   */
  @Override
  public void save(Lease lease) {
    inTransaction(
        store -> {
          store.save(lease);
          return null;
        });
  }

  /** The lease of {@code dwelling}, if there is one. */
  @Override
  public Optional<Lease> leaseOf(DwellingId dwelling) {
    return inTransaction(store -> store.leaseOf(dwelling));
  }

  /** Every lease in dwelling id order. */
  @Override
  public Stream<Lease> leases() {
    return inTransaction(store -> store.leases().toList()).stream();
  }

  /**
   * Keeps a prepared billing run with its lines, and records the step in its trail and the audit
   * log.
   */
  @Override
  public void prepare(BillingRunId id, BillingRun run, Change change) {
    inTransaction(
        store -> {
          store.prepare(id, run, change);
          return null;
        });
  }

  /** Approves a prepared billing run; the step is recorded in its trail and the audit log. */
  @Override
  public void approve(BillingRunId id, Change change) {
    inTransaction(
        store -> {
          store.approve(id, change);
          return null;
        });
  }

  /**
   * Posts an approved billing run in one transaction: every entry and the run's new status, or
   * nothing. A post that failed can be run again as it is.
   */
  @Override
  public BillingRunResult post(BillingRunId id, Change change) {
    return inTransaction(store -> store.post(id, change));
  }

  /** The billing run with its lines and trail, if kept. */
  @Override
  public Optional<StoredBillingRun> billingRun(BillingRunId id) {
    return inTransaction(store -> store.billingRun(id));
  }

  /** The account's recovery case with its version, if stored. */
  @Override
  public Optional<Versioned<CaseRecord>> recoveryCase(AccountId account) {
    return inTransaction(store -> store.recoveryCase(account));
  }

  /**
   * Saves a recovery case made from {@code expectedVersion}, with its audit line, in one
   * transaction.
   *
   * @throws StaleWriteException if another save came first; nothing is written
   */
  @Override
  public Versioned<CaseRecord> save(CaseRecord record, long expectedVersion, Change change) {
    return inTransaction(store -> store.save(record, expectedVersion, change));
  }

  /** Every recovery case in account id order. */
  @Override
  public Stream<Versioned<CaseRecord>> recoveryCases() {
    return inTransaction(store -> store.recoveryCases().toList()).stream();
  }

  /** The arrangement with its version, if stored. */
  @Override
  public Optional<Versioned<ArrangementRecord>> arrangement(ArrangementId id) {
    return inTransaction(store -> store.arrangement(id));
  }

  /**
   * Saves an arrangement made from {@code expectedVersion}, with its audit line, in one
   * transaction.
   *
   * @throws StaleWriteException if another save came first; nothing is written
   */
  @Override
  public Versioned<ArrangementRecord> save(
      ArrangementRecord record, long expectedVersion, Change change) {
    return inTransaction(store -> store.save(record, expectedVersion, change));
  }

  /** Every arrangement in id order. */
  @Override
  public Stream<Versioned<ArrangementRecord>> arrangements() {
    return inTransaction(store -> store.arrangements().toList()).stream();
  }

  /** The account's contact log; empty if it has none. */
  @Override
  public ContactLog contactLog(AccountId account) {
    return inTransaction(store -> store.contactLog(account));
  }

  /** Appends a contact entry, with its audit line, in one transaction. */
  @Override
  public ContactLog append(AccountId account, ContactEntry entry, Change change) {
    return inTransaction(store -> store.append(account, entry, change));
  }

  /** Records the reply to a contact entry, with its audit line, in one transaction. */
  @Override
  public ContactLog recordReply(AccountId account, ContactId id, Reply reply, Change change) {
    return inTransaction(store -> store.recordReply(account, id, reply, change));
  }

  /** Keeps an issued notice, with its audit line, in one transaction. */
  @Override
  public void recordIssued(IssuedNotice notice, Change change) {
    inTransaction(
        store -> {
          store.recordIssued(notice, change);
          return null;
        });
  }

  /** The notices issued to the account, in date order. */
  @Override
  public List<IssuedNotice> issuedNotices(AccountId account) {
    return inTransaction(store -> store.issuedNotices(account));
  }

  /** The write-off with its version, if stored. */
  @Override
  public Optional<Versioned<WriteOffRecord>> writeOff(WriteOffReference reference) {
    return inTransaction(store -> store.writeOff(reference));
  }

  /**
   * Saves a write-off made from {@code expectedVersion}, with its audit line, in one transaction.
   *
   * @throws StaleWriteException if another save came first; nothing is written
   */
  @Override
  public Versioned<WriteOffRecord> save(
      WriteOffRecord record, long expectedVersion, Change change) {
    return inTransaction(store -> store.save(record, expectedVersion, change));
  }

  /** The account's write-offs in reference order. */
  @Override
  public List<Versioned<WriteOffRecord>> writeOffs(AccountId account) {
    return inTransaction(store -> store.writeOffs(account));
  }

  /** The account's court and tribunal cases with their version, if any are stored. */
  @Override
  public Optional<Versioned<CourtCases>> courtCases(AccountId account) {
    return inTransaction(store -> store.courtCases(account));
  }

  /**
   * Saves the whole of an account's court and tribunal cases made from {@code expectedVersion},
   * with its audit line, in one transaction.
   *
   * @throws StaleWriteException if another save came first; nothing is written
   * @throws UnknownAccountException if the account is not stored; nothing is written
   */
  @Override
  public Versioned<CourtCases> save(
      AccountId account, CourtCases cases, long expectedVersion, Change change) {
    return inTransaction(store -> store.save(account, cases, expectedVersion, change));
  }

  /**
   * Keeps a demand served, with its audit line, in one transaction.
   *
   * @throws UnknownAccountException if the account is not stored; nothing is written
   * @throws IllegalArgumentException if the account has a demand with that reference already
   */
  @Override
  public void recordServed(ServiceChargeDemand demand, Change change) {
    inTransaction(
        store -> {
          store.recordServed(demand, change);
          return null;
        });
  }

  /** The demands served on the account, by the day served. */
  @Override
  public List<ServiceChargeDemand> demands(AccountId account) {
    return inTransaction(store -> store.demands(account));
  }

  /** Appends an entry to the audit log. */
  @Override
  public void record(AuditEntry entry) {
    inTransaction(
        store -> {
          store.record(entry);
          return null;
        });
  }

  /** The audit log of one record, oldest first. */
  @Override
  public List<AuditEntry> history(AuditedEntity entity, String entityId) {
    return inTransaction(store -> store.history(entity, entityId));
  }

  /**
   * Every account with its whole ledger, in account-id order, for a sweep of the portfolio. It
   * streams from two database cursors read in one snapshot, so one account's ledger at a time is in
   * memory. The stream holds a connection and a transaction open: close it, best with
   * try-with-resources, and do not keep it open longer than the sweep.
   *
   * @return a stream that must be closed
   */
  public Stream<AccountLedger> portfolio() {
    return streamInTransaction(
        Connection.TRANSACTION_REPEATABLE_READ, "reading the portfolio", Session::portfolio);
  }

  /**
   * Posts {@code entry} to the account's ledger, or returns the entry already posted with the same
   * external reference (or the same reversal) with {@code alreadyPosted} true.
   *
   * @throws ExternalReferenceConflictException if the reference is posted with other details
   * @throws InvalidPostingException if the entry cannot be posted; nothing is written
   * @throws UnknownAccountException if there is no such account
   * @throws StorageException if the database fails
   */
  @Override
  public PostingResult post(AccountId account, LedgerEntry entry) {
    return inTransaction(store -> store.post(account, entry));
  }

  /**
   * Posts a batch, such as a payment file or a billing run, in one transaction: every entry or
   * none. A batch that failed part-way can be run again as it is: the entries it had posted come
   * back with {@code alreadyPosted} true.
   *
   * @return one result per posting, in the order given
   * @throws InvalidPostingException if any entry cannot be posted; nothing is written
   * @throws UnknownAccountException if any account is unknown; nothing is written
   * @throws StorageException if the database fails; nothing is written
   */
  public List<PostingResult> postAll(List<Posting> postings) {
    List<Posting> batch = List.copyOf(postings);
    return inTransaction(store -> store.postAll(batch));
  }

  /**
   * The account's whole ledger in posting order.
   *
   * @throws UnknownAccountException if there is no such account
   */
  @Override
  public Ledger ledger(AccountId account) {
    return inTransaction(store -> store.ledger(account));
  }

  /**
   * Runs {@code work} in one database transaction on one connection: commits if it returns, rolls
   * back if it throws. If a concurrent writer takes a unique key first, or the database reports a
   * deadlock, serialisation failure or lock timeout, the transaction is rolled back and the work
   * runs again (up to {@value #MAX_ATTEMPTS} times in all): see {@link UnitOfWork}.
   *
   * @return what the work returned
   * @throws StorageException if the database fails, or keeps clashing with other writers
   */
  public <T> T inTransaction(UnitOfWork<T> work) {
    return retrying(connection -> work.perform(new Session(connection, dialect(connection))));
  }

  private <T> T retrying(ConnectionWork<T> work) {
    StorageException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return attempt(work);
      } catch (StorageException e) {
        if (!e.isWorthRetrying()) {
          throw e;
        }
        last = e;
        pause(attempt);
      }
    }
    throw StorageException.gaveUp("a transaction", MAX_ATTEMPTS, requireNonNull(last));
  }

  private <T> T attempt(ConnectionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      ConnectionState state =
          ConnectionState.begin(connection, Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.perform(connection);
        connection.commit();
        return result;
      } catch (RuntimeException | Error | SQLException e) {
        rollback(connection, e);
        throw e;
      } finally {
        state.restore();
      }
    } catch (SQLException e) {
      throw StorageException.of("a transaction", e);
    }
  }

  private <T> Stream<T> streamInTransaction(
      int isolation, String operation, Function<Session, Stream<T>> read) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw StorageException.of(operation, e);
    }
    try {
      ConnectionState state = ConnectionState.begin(connection, isolation);
      Runnable finish =
          () -> {
            try (connection) {
              try {
                connection.rollback();
              } finally {
                state.restore();
              }
            } catch (SQLException e) {
              throw StorageException.of(operation + ": ending", e);
            }
          };
      try {
        return read.apply(new Session(connection, dialect(connection))).onClose(finish);
      } catch (RuntimeException e) {
        finish.run();
        throw e;
      }
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw StorageException.of(operation, e);
    }
  }

  private Dialect dialect(Connection connection) throws SQLException {
    Dialect known = dialect;
    if (known == null) {
      known = Dialect.of(connection);
      dialect = known;
    }
    return known;
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(StorageException.of("rolling back", e));
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
    }
  }

  /** Work on one connection, inside a transaction begun and ended for it. */
  @FunctionalInterface
  private interface ConnectionWork<T> {
    T perform(Connection connection) throws SQLException;
  }

  /** A connection's settings before a transaction, to give it back as it came. */
  private record ConnectionState(Connection connection, boolean autoCommit, int isolation) {

    static ConnectionState begin(Connection connection, int isolation) throws SQLException {
      ConnectionState state =
          new ConnectionState(
              connection, connection.getAutoCommit(), connection.getTransactionIsolation());
      if (state.autoCommit) {
        connection.setAutoCommit(false);
      }
      if (state.isolation != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      return state;
    }

    void restore() throws SQLException {
      if (connection.getTransactionIsolation() != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
