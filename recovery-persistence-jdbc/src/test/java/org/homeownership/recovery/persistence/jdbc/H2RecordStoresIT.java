package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The record stores contract on H2 2.x in memory, through the test's connection pool. */
class H2RecordStoresIT extends JdbcRecordStoresContract {

  private ConnectionPool pool;

  @Override
  protected DataSource newDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    pool = new ConnectionPool(h2);
    return pool;
  }

  @Override
  protected void dropDatabase() throws Exception {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    pool.close();
  }
}
