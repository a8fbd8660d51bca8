package org.homeownership.recovery.examples.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.homeownership.recovery.persistence.jdbc.RecoverySchema;

/**
 * Opens the demo's database and creates its tables.
 *
 * <p>For H2 the migration runs on one connection that is held open for the whole run, as the
 * benchmarks' {@code H2Portfolio} does: H2 2.4.240 binds a check constraint's {@code IN} list to
 * the session that created it, so once that session is closed every insert the constraint checks
 * fails (see docs/performance.md, "H2 and short-lived connections"). Holding it also keeps the
 * in-process database open between the store's calls.
 */
final class DemoDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final Connection held;

  private DemoDatabase(DataSource dataSource, Connection held) {
    this.dataSource = dataSource;
    this.held = held;
  }

  /**
   * The database behind {@code source}, migrated.
   *
   * @param h2 true for an H2 database, whose one connection is held open
   */
  static DemoDatabase open(DataSource source, boolean h2) throws SQLException {
    if (!h2) {
      RecoverySchema.migrate(source);
      return new DemoDatabase(source, source.getConnection());
    }
    Connection connection = source.getConnection();
    Connection shared = uncloseable(connection);
    DataSource single =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) ->
                    method.getName().equals("getConnection")
                        ? shared
                        : invoke(method, source, args));
    RecoverySchema.migrate(single);
    return new DemoDatabase(source, connection);
  }

  /** The data source the store uses. */
  DataSource dataSource() {
    return dataSource;
  }

  private static Connection uncloseable(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                method.getName().equals("close") ? null : invoke(method, connection, args));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws SQLException {
    held.close();
  }
}
