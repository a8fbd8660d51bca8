package org.homeownership.recovery.examples.account;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.RecoverySchema;
import org.jspecify.annotations.Nullable;

/**
 * The example app's database, open for one command: migrated to the current schema, with a {@link
 * JdbcStore} on it.
 *
 * <p>On H2 one connection is held open until {@link #close()}, and the migration runs on it: H2
 * 2.4.240 binds a check constraint's {@code IN} list to the session that created it, and once that
 * session closes every insert the constraint checks fails (docs/performance.md, "H2 and short-lived
 * connections"). Holding the connection also keeps an in-memory database alive.
 */
public final class OpenStore implements AutoCloseable {

  private final JdbcStore store;
  private final @Nullable Connection held;

  private OpenStore(JdbcStore store, @Nullable Connection held) {
    this.store = store;
    this.held = held;
  }

  /**
   * Opens and migrates the database behind {@code dataSource}.
   *
   * @param h2 true if it is an H2 database, whose migration needs a connection held open
   * @throws IllegalStateException if the database cannot be opened
   */
  public static OpenStore open(DataSource dataSource, boolean h2) {
    if (!h2) {
      RecoverySchema.migrate(dataSource);
      return new OpenStore(new JdbcStore(dataSource), null);
    }
    try {
      Connection held = dataSource.getConnection();
      Connection migrating = uncloseable(held);
      RecoverySchema.migrate(
          (DataSource)
              Proxy.newProxyInstance(
                  DataSource.class.getClassLoader(),
                  new Class<?>[] {DataSource.class},
                  (proxy, method, args) ->
                      method.getName().equals("getConnection")
                          ? migrating
                          : invoke(method, dataSource, args)));
      return new OpenStore(new JdbcStore(dataSource), held);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the database (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /** The store. */
  public JdbcStore store() {
    return store;
  }

  /** Lets the held connection go, if one is held. */
  @Override
  public void close() {
    if (held != null) {
      try {
        held.close();
      } catch (SQLException e) {
        // closing at the end of a command: nothing left to do with the connection
      }
    }
  }

  private static Connection uncloseable(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                method.getName().equals("close") ? null : invoke(method, connection, args));
  }

  private static @Nullable Object invoke(Method method, Object target, Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
