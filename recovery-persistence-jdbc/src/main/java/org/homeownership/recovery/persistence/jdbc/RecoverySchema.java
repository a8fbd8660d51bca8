package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the tables {@link JdbcStore} needs, with the Flyway migrations shipped in
 * this jar under {@value #MIGRATIONS}. A council that runs migrations with its own tooling can run
 * the same SQL files, in version order, instead: those under {@value #MIGRATIONS} on every
 * database, and on PostgreSQL those under {@value #POSTGRESQL_MIGRATIONS} as well (indexes in the
 * sweep's order, which H2 cannot express and does not need).
 *
 * <p>The migrations keep their own history table, {@value #HISTORY_TABLE}, so they live alongside
 * the host application's own Flyway migrations in the same schema.
 */
public final class RecoverySchema {

  /** Where the migrations are on the class path. */
  public static final String MIGRATIONS = "db/migration/homeownership-recovery";

  /**
   * Where the PostgreSQL-only migrations are on the class path; their versions (from 20) never
   * repeat one of the portable migrations'.
   */
  public static final String POSTGRESQL_MIGRATIONS =
      "db/migration/homeownership-recovery-postgresql";

  /** The table in which Flyway records which of these migrations have run. */
  public static final String HISTORY_TABLE = "recovery_schema_history";

  private RecoverySchema() {}

  /**
   * Brings the schema of the database behind {@code dataSource} up to date. Safe to call on every
   * start: migrations already applied are skipped. PostgreSQL needs {@code
   * org.flywaydb:flyway-database-postgresql} on the class path as well.
   *
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource) {
    return configure(dataSource).migrate().migrationsExecuted;
  }

  /**
   * A Flyway set up for these migrations, for a host that wants to validate, inspect or repair them
   * itself. It asks the database its product once, to add the PostgreSQL-only migrations there.
   *
   * @throws StorageException if the database cannot be reached to ask
   */
  public static Flyway configure(DataSource dataSource) {
    String[] locations;
    try (Connection connection = dataSource.getConnection()) {
      locations =
          Dialect.of(connection) == Dialect.POSTGRESQL
              ? new String[] {"classpath:" + MIGRATIONS, "classpath:" + POSTGRESQL_MIGRATIONS}
              : new String[] {"classpath:" + MIGRATIONS};
    } catch (SQLException e) {
      throw StorageException.of("asking the database its product", e);
    }
    return Flyway.configure(RecoverySchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
