package org.homeownership.recovery.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * Keeps physical connections open and hands them out again, as any production pool does: a
 * PostgreSQL connection costs a server process, which would otherwise be paid for every transaction
 * the store begins.
 */
final class PooledDataSource {

  private PooledDataSource() {}

  /** A data source that reuses the connections of {@code physical}. */
  static DataSource of(DataSource physical) {
    ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                Connection connection = idle.poll();
                return pooled(connection == null ? physical.getConnection() : connection, idle);
              }
              return invoke(method, physical, args);
            });
  }

  private static Connection pooled(Connection target, ConcurrentLinkedQueue<Connection> idle) {
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close":
                  if (!closed[0]) {
                    closed[0] = true;
                    idle.add(target);
                  }
                  return null;
                case "isClosed":
                  return closed[0];
                default:
                  if (closed[0]) {
                    throw new SQLException("connection is closed", "08003");
                  }
                  return invoke(method, target, args);
              }
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
