package org.homeownership.recovery.persistence.jdbc;

/**
 * Work that reads and writes the store in one database transaction: see {@link
 * JdbcStore#inTransaction}.
 *
 * <p>If a concurrent writer takes a unique key first, or the database reports a deadlock or
 * serialisation failure, the transaction is rolled back and the work runs again from the start. So
 * the work must change nothing but the store it is given, and must be safe to run twice; posting
 * entries with external references is.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface UnitOfWork<T> {

  /** Does the work through {@code transaction}; throwing rolls every write back. */
  T perform(StoreTransaction transaction);
}
