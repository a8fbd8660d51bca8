package org.homeownership.recovery.examples;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.RecoverySchema;
import org.jspecify.annotations.Nullable;

/**
 * The example app's database, open for one command, migrated to the current schema, with a {@link
 * JdbcStore} on it. The one place the example commands open a database.
 *
 * <p>{@link #create} is for {@code demo}, which makes its database. {@link #existing} is for every
 * other command: it refuses to make a database or tables, and fails with a {@link
 * NoDatabaseException} naming the URL when there is no database there, or no accounts in it.
 *
 * <p>The store uses a plain, unpooled data source: each call opens and closes its own connection.
 * Since V3 of the schema that works on H2 too ({@code H2UnpooledDataSourceIT}): before it, H2 bound
 * a check constraint's {@code IN} list to the session that created it. One connection is held open
 * until {@link #close()} on H2 only, because H2 closes a database when its last connection closes:
 * an in-memory database would be lost, and a file database would be opened again from disk for
 * every call, which makes the demo several times slower.
 */
public final class OpenStore implements AutoCloseable {

  private final DataSource dataSource;
  private final JdbcStore store;
  private final @Nullable Connection held;

  private OpenStore(DataSource dataSource, @Nullable Connection held) {
    this.dataSource = dataSource;
    this.store = new JdbcStore(dataSource);
    this.held = held;
  }

  /**
   * Opens the database behind {@code dataSource}, making it if need be, and migrates it.
   *
   * @param url the database's JDBC URL, for messages
   * @throws NoDatabaseException naming {@code url} if the database cannot be opened
   */
  public static OpenStore create(DataSource dataSource, String url) {
    Connection held = holdIfH2(dataSource, url);
    try {
      RecoverySchema.migrate(dataSource);
    } catch (RuntimeException e) {
      closeQuietly(held);
      throw new NoDatabaseException("cannot open the database at " + url + ": " + e.getMessage());
    }
    return new OpenStore(dataSource, held);
  }

  /**
   * Opens the database {@code database} names, which must exist and hold accounts; brings its
   * schema up to date. On H2 it is opened with {@code IFEXISTS=TRUE}, so no empty database is made.
   *
   * @throws NoDatabaseException naming the URL if there is no database there, it has no tables of
   *     this library, or it holds no accounts
   */
  public static OpenStore existing(DatabaseOptions database) {
    String url = database.jdbcUrl();
    DataSource source;
    try {
      source = database.dataSource(onlyIfExists(url));
    } catch (IllegalArgumentException e) {
      throw new NoDatabaseException(e.getMessage());
    }
    Connection held;
    try {
      held = source.getConnection();
    } catch (SQLException e) {
      throw new NoDatabaseException(
          "no database at "
              + url
              + " (SQLState "
              + e.getSQLState()
              + "): run `demo` first, or pass --jdbc-url to name one");
    }
    try {
      if (!hasTables(held)) {
        throw new NoDatabaseException(
            "the database at "
                + url
                + " has no recovery tables: run `demo` first, or pass --jdbc-url to name one"
                + " that has");
      }
      RecoverySchema.migrate(source);
      try (Stream<DebtorAccount> accounts = new JdbcStore(source).all()) {
        if (accounts.findAny().isEmpty()) {
          throw new NoDatabaseException(
              "the database at "
                  + url
                  + " holds no accounts: run `demo` first, or pass --jdbc-url to name one that"
                  + " does");
        }
      }
      if (database.isH2()) {
        return new OpenStore(source, held);
      }
      closeQuietly(held);
      return new OpenStore(source, null);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(held);
      if (e instanceof NoDatabaseException missing) {
        throw missing;
      }
      throw new NoDatabaseException("cannot open the database at " + url + ": " + e.getMessage());
    }
  }

  /** The store. */
  public JdbcStore store() {
    return store;
  }

  /**
   * The latest date the database records: the later of the latest ledger entry's date and the
   * latest move of a recovery case (the day of the demo's last step). The commands take it as their
   * as-of date when none is given, so that what they print depends on the data, not on the day they
   * are run. Empty if the database holds neither.
   *
   * <p>Read with SQL over the ledger and case tables (the ports have no "latest date" question);
   * the example app is the only place that does so.
   */
  public Optional<LocalDate> latestRecordedDate() {
    LocalDate latest = null;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql :
          List.of(
              "SELECT MAX(entry_date) FROM ledger_entry",
              "SELECT MAX(moved_on) FROM recovery_case_stage")) {
        try (ResultSet row = statement.executeQuery(sql)) {
          if (row.next()) {
            LocalDate date = row.getObject(1, LocalDate.class);
            if (date != null && (latest == null || date.isAfter(latest))) {
              latest = date;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the latest date in the database (SQLState " + e.getSQLState() + ")", e);
    }
    return Optional.ofNullable(latest);
  }

  /**
   * {@code given}, or else the {@linkplain #latestRecordedDate() latest date the database records}
   * (or {@code fallback} if it records none), with the words that say which, to print.
   */
  public AsOf asOf(@Nullable LocalDate given, LocalDate fallback) {
    if (given != null) {
      return new AsOf(given, "as given");
    }
    return latestRecordedDate()
        .map(d -> new AsOf(d, "the latest date in the database; --as-of to choose another"))
        .orElseGet(() -> new AsOf(fallback, "today: the database records no dates"));
  }

  /**
   * A command's as-of date and where it came from.
   *
   * @param date the date
   * @param source where it came from, in words, to print beside it
   */
  public record AsOf(LocalDate date, String source) {

    /** Such as {@code as of 2026-06-01 (the latest date in the database; ...)}. */
    public String describe() {
      return "as of " + date + " (" + source + ")";
    }
  }

  /** Lets the held connection go, if one is held. */
  @Override
  public void close() {
    closeQuietly(held);
  }

  /** {@code url} with H2's {@code IFEXISTS=TRUE}, so that opening it never makes a database. */
  static String onlyIfExists(String url) {
    if (!url.startsWith("jdbc:h2:")
        || url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS")) {
      return url;
    }
    return url + ";IFEXISTS=TRUE";
  }

  private static boolean hasTables(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if ("debtor_account".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Connection holdIfH2(DataSource dataSource, String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return null;
    }
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new NoDatabaseException(
          "cannot open the database at " + url + " (SQLState " + e.getSQLState() + ")");
    }
  }

  private static void closeQuietly(@Nullable Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing at the end of a command: nothing left to do with the connection
      }
    }
  }
}
