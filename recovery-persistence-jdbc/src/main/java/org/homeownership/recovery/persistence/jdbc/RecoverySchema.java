package org.homeownership.recovery.persistence.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the tables {@link JdbcStore} needs, with the Flyway migrations shipped in
 * this jar under {@value #MIGRATIONS}. A council that runs migrations with its own tooling can run
 * the same SQL files, in version order, instead.
 *
 * <p>The migrations keep their own history table, {@value #HISTORY_TABLE}, so they live alongside
 * the host application's own Flyway migrations in the same schema.
 */
public final class RecoverySchema {

  /** Where the migrations are on the class path. */
  public static final String MIGRATIONS = "db/migration/homeownership-recovery";

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
   * itself.
   */
  public static Flyway configure(DataSource dataSource) {
    return Flyway.configure(RecoverySchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:" + MIGRATIONS)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
