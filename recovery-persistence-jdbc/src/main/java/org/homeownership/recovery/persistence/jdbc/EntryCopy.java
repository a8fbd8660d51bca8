package org.homeownership.recovery.persistence.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: new ledger entries written by {@code COPY ... FROM STDIN (FORMAT binary)} through the
 * driver's copy API, with ids drawn first from the table's identity sequence. Measured against
 * {@code INSERT ... SELECT ... FROM unnest(arrays) ... RETURNING} it spares the server parsing 18
 * text arrays, unnesting and sorting them, and lets it insert rows into the heap several at a time;
 * the client writes each value once in binary instead of quoting it into an array literal
 * (docs/performance-round5-posting.md). Every row keeps every constraint, index and foreign key of
 * the table: {@code COPY} checks them as an insert does.
 *
 * <p>Values are the ones {@link EntryRows} would bind, checked the same way. A chunk holding a
 * value this form might store differently from the array form (a date outside PostgreSQL's range,
 * text with a lone UTF-16 surrogate) is not taken: {@link #takes} says so and the caller inserts it
 * by arrays.
 */
final class EntryCopy {

  /** The statement, columns in the order each row is written. */
  static final String COPY =
      "COPY ledger_entry (entry_id, " + EntryRows.COLUMNS + ") FROM STDIN (FORMAT binary)";

  /**
   * {@code count} new ids from the identity sequence of {@code ledger_entry}, drawn in one
   * statement, so rising in the order drawn.
   */
  static final String DRAW_IDS =
      "SELECT nextval((SELECT pg_get_serial_sequence('ledger_entry', 'entry_id'))::regclass)"
          + " FROM generate_series(1, ?)";

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  /** Days from 1970-01-01 (Java's epoch day 0) to 2000-01-01 (PostgreSQL's date 0). */
  private static final int POSTGRES_EPOCH_DAY = 10_957;

  /** The first and last days PostgreSQL's {@code date} holds (4714-11-24 BC, 5874897-12-31). */
  private static final LocalDate FIRST_DATE = LocalDate.of(-4713, 11, 24);

  private static final LocalDate LAST_DATE = LocalDate.of(5_874_897, 12, 31);

  private EntryCopy() {}

  /**
   * Whether every value of {@code rows} (from {@link EntryRows#values}, in {@link
   * EntryRows#COLUMNS} order) is written by this form exactly as the array form writes it: dates
   * within PostgreSQL's range and text that is well-formed UTF-16.
   */
  static boolean takes(List<@Nullable Object[]> rows) {
    for (@Nullable Object[] row : rows) {
      for (@Nullable Object value : row) {
        if (value instanceof LocalDate date
                && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))
            || value instanceof String text && !wellFormed(text)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Writes {@code rows} (each from {@link EntryRows#values}, and {@link #takes} true of them) as
   * new entries, in the order given, and returns their ids in the same order.
   */
  static long[] insert(Connection connection, List<@Nullable Object[]> rows) throws SQLException {
    int[] idAt = new int[rows.size()];
    byte[] data = encode(rows, idAt);
    long[] ids = draw(connection, rows.size());
    for (int row = 0; row < rows.size(); row++) {
      putLong(data, idAt[row], ids[row]);
    }
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      copy.writeToCopy(data, 0, data.length);
      long written = copy.endCopy();
      if (written != rows.size()) {
        throw new SQLException(
            "the database took " + written + " entries of " + rows.size(), "HY000");
      }
    } finally {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException e) {
          // The copy failed already; the transaction is rolled back with that failure.
        }
      }
    }
    return ids;
  }

  private static long[] draw(Connection connection, int count) throws SQLException {
    long[] ids = new long[count];
    int drawn = 0;
    try (PreparedStatement statement = connection.prepareStatement(DRAW_IDS)) {
      statement.setInt(1, count);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (drawn == count) {
            throw new SQLException("the database gave more than " + count + " ids", "HY000");
          }
          ids[drawn++] = rows.getLong(1);
        }
      }
    }
    if (drawn != count) {
      throw new SQLException("the database gave " + drawn + " ids for " + count, "HY000");
    }
    Arrays.sort(ids);
    return ids;
  }

  /**
   * The binary COPY stream of {@code rows}, each with a zero id to be filled in at the offset put
   * in {@code idAt}.
   */
  private static byte[] encode(List<@Nullable Object[]> rows, int[] idAt) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * 160);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(SIGNATURE);
      out.writeInt(0);
      out.writeInt(0);
      for (int row = 0; row < rows.size(); row++) {
        @Nullable Object[] values = rows.get(row);
        out.writeShort(values.length + 1);
        out.writeInt(8);
        idAt[row] = out.size();
        out.writeLong(0);
        for (@Nullable Object value : values) {
          write(out, value);
        }
      }
      out.writeShort(-1);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  private static void write(DataOutputStream out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
    } else if (value instanceof String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (value instanceof Long number) {
      out.writeInt(8);
      out.writeLong(number);
    } else if (value instanceof LocalDate date) {
      out.writeInt(4);
      out.writeInt(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
    } else {
      throw new IllegalStateException("no binary form for " + value.getClass().getName());
    }
  }

  private static void putLong(byte[] data, int at, long value) {
    for (int i = 7; i >= 0; i--) {
      data[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  /** Whether every surrogate in {@code text} is half of a pair (so UTF-8 can encode it). */
  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
