package org.homeownership.recovery.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.homeownership.recovery.account.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Binds the parameters of one statement in order. Text is checked before it reaches the database,
 * so that H2 and PostgreSQL refuse the same things with the same clear message.
 */
final class Parameters {

  /** The most characters kept in an id or external reference column ({@code VARCHAR(255)}). */
  static final int REFERENCE_LENGTH = 255;

  private final PreparedStatement statement;
  private int index;

  private Parameters(PreparedStatement statement) {
    this.statement = statement;
  }

  /** Parameters bound from the first. */
  static Parameters of(PreparedStatement statement) {
    return new Parameters(statement);
  }

  /** Binds a reference (an id or external reference) of at most {@link #REFERENCE_LENGTH}. */
  Parameters reference(String field, @Nullable String value) throws SQLException {
    return text(field, checkReference(field, value));
  }

  /**
   * {@code value}, checked as {@link #reference} checks it, for statements that take their values
   * another way (such as in arrays).
   *
   * @throws IllegalArgumentException if it is longer than {@link #REFERENCE_LENGTH} or holds U+0000
   */
  static @Nullable String checkReference(String field, @Nullable String value) {
    if (value != null && value.length() > REFERENCE_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " has "
              + value.length()
              + " characters; the store keeps at most "
              + REFERENCE_LENGTH);
    }
    return checkText(field, value);
  }

  /**
   * {@code value}, checked as {@link #text} checks it.
   *
   * @throws IllegalArgumentException if it holds U+0000, which PostgreSQL cannot store
   */
  static @Nullable String checkText(String field, @Nullable String value) {
    if (value != null && value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          field + " holds the character U+0000, which PostgreSQL cannot store");
    }
    return value;
  }

  /**
   * Binds free text of any length.
   *
   * @throws IllegalArgumentException if it holds U+0000, which PostgreSQL cannot store
   */
  Parameters text(String field, @Nullable String value) throws SQLException {
    checkText(field, value);
    index++;
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
    return this;
  }

  /**
   * Binds a postal address as seven text columns: four address lines (absent lines as NULL), town,
   * postcode and country code — the order {@link AccountRows#address} reads them back in.
   */
  Parameters address(PostalAddress address) throws SQLException {
    List<String> lines = address.lines();
    for (int i = 0; i < 4; i++) {
      text("address line " + (i + 1), i < lines.size() ? lines.get(i) : null);
    }
    return text("town", address.town())
        .text("postcode", address.postcode())
        .text("country code", address.countryCode());
  }

  /** Binds an enum constant by its name. */
  Parameters name(@Nullable Enum<?> value) throws SQLException {
    index++;
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value.name());
    }
    return this;
  }

  /** Binds a date. */
  Parameters date(@Nullable LocalDate value) throws SQLException {
    index++;
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
    return this;
  }

  /** Binds a whole number, such as pence or an entry id. */
  Parameters number(@Nullable Long value) throws SQLException {
    index++;
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
    return this;
  }

  /** Binds a small whole number. */
  Parameters integer(int value) throws SQLException {
    statement.setInt(++index, value);
    return this;
  }

  /** Binds a small whole number that may be absent, such as a bedroom count. */
  Parameters count(@Nullable Integer value) throws SQLException {
    index++;
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
    return this;
  }

  /** Binds a yes or no that may be absent. */
  Parameters flag(@Nullable Boolean value) throws SQLException {
    index++;
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
    return this;
  }

  /** Binds an instant as a UTC {@code TIMESTAMP} (the column has no time zone). */
  Parameters instant(Instant value) throws SQLException {
    statement.setObject(++index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    return this;
  }

  /** Reads an instant written by {@link #instant}. */
  static Instant instant(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
  }
}
