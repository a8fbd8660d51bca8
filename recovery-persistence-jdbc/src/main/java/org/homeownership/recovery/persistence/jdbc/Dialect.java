package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;

/**
 * The few ways the databases differ for this adapter: how to order account ids the same way
 * everywhere. The schema itself is the same SQL on both.
 */
enum Dialect {
  /** H2 compares strings as Java does. */
  H2("", Comparator.naturalOrder()),
  /**
   * PostgreSQL compares strings by the database's collation, which may be a language's; {@code
   * COLLATE "C"} orders by code point instead, like Java does for all but rare characters.
   */
  POSTGRESQL(" COLLATE \"C\"", Dialect::compareCodePoints);

  private final String collation;
  private final Comparator<String> accountOrder;

  Dialect(String collation, Comparator<String> accountOrder) {
    this.collation = collation;
    this.accountOrder = accountOrder;
  }

  /** The dialect of the database behind {@code connection}; H2's for any other database. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
  }

  /**
   * An ORDER BY term that sorts {@code column} (an account or dwelling id) in {@link
   * #accountOrder()}.
   */
  String byAccount(String column) {
    return column + collation;
  }

  /** The order in which {@link #byAccount} sorts account ids. */
  Comparator<String> accountOrder() {
    return accountOrder;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
