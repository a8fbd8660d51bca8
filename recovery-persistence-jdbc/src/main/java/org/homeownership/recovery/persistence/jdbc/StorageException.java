package org.homeownership.recovery.persistence.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database failed: it could not be reached, refused a statement, or kept clashing with other
 * writers. Nothing of the operation that failed was written.
 *
 * <p>The message gives the operation and the SQLState, never the database's own message: that can
 * quote the values in a row, which may be personal data. For the same reason the driver's exception
 * is kept as the cause only when it concerns the connection (SQLState class 08), not the data.
 */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  private StorageException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** An exception for a failed operation, described without personal data. */
  static StorageException of(String operation, SQLException e) {
    String state = e.getSQLState();
    boolean connection = state != null && state.startsWith("08");
    return new StorageException(
        operation
            + " failed: SQLState "
            + state
            + ", vendor code "
            + e.getErrorCode()
            + " ("
            + e.getClass().getSimpleName()
            + ")",
        state,
        connection ? e : null);
  }

  /** An exception for an operation that kept clashing with other writers. */
  static StorageException gaveUp(String operation, int attempts, StorageException last) {
    return new StorageException(
        operation + " failed after " + attempts + " attempts: " + last.getMessage(),
        last.sqlState,
        null);
  }

  /** The SQLState the database reported, if any. */
  public @Nullable String sqlState() {
    return sqlState;
  }

  /**
   * True if running the whole transaction again may succeed: a unique key taken by a concurrent
   * writer (23505), a serialisation failure or deadlock (class 40), or an H2 lock timeout (HYT00).
   */
  boolean isWorthRetrying() {
    return sqlState != null
        && (sqlState.equals("23505") || sqlState.startsWith("40") || sqlState.equals("HYT00"));
  }
}
