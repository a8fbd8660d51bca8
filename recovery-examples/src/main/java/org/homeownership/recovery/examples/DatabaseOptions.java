package org.homeownership.recovery.examples;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/**
 * Where the example commands keep their data: the embedded H2 database in the output folder by
 * default, or any PostgreSQL server named by {@code --jdbc-url}. Used as a picocli mixin so that
 * every command takes the same options.
 */
public final class DatabaseOptions {

  /** The demo's default output folder, where its H2 database lives. */
  public static final Path DEFAULT_OUTPUT = Path.of("demo-output");

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "JDBC URL of the database (jdbc:h2:... or jdbc:postgresql://host:port/db)."
              + " Default: the H2 database in the demo output folder, ${DEFAULT-VALUE}.",
      defaultValue = "jdbc:h2:file:./demo-output/recovery")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user.")
  String user;

  @Option(
      names = "--jdbc-password",
      paramLabel = "PASSWORD",
      description = "Database password.",
      interactive = true,
      arity = "0..1")
  String password;

  /** The JDBC URL in use. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** True when the URL names an H2 database. */
  public boolean isH2() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  /**
   * A data source for the URL.
   *
   * @throws IllegalArgumentException if the URL is neither H2 nor PostgreSQL
   */
  public DataSource dataSource() {
    return dataSource(jdbcUrl);
  }

  /**
   * A data source for {@code url} (such as the URL in use with options added), with these
   * credentials.
   *
   * @throws IllegalArgumentException if the URL is neither H2 nor PostgreSQL
   */
  public DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user == null ? "sa" : user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      if (user != null) {
        pg.setUser(user);
      }
      if (password != null) {
        pg.setPassword(password);
      }
      return pg;
    }
    throw new IllegalArgumentException(
        "--jdbc-url must start with jdbc:h2: or jdbc:postgresql:, not " + url);
  }
}
