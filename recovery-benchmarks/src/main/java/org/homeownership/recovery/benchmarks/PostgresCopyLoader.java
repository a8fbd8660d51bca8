package org.homeownership.recovery.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads generated ledgers into PostgreSQL for the streamed-sweep measurements with {@code COPY},
 * not through the library's posting path, so that 100,000 or 1,000,000 accounts load in minutes:
 * the rows go into a staging table (with entry ids the loader gives, so that reversals can name
 * them), then into the store's tables in one {@code INSERT ... SELECT} per chunk. The accounts are
 * those of {@link H2Portfolio#account}: one leaseholder, one address.
 */
final class PostgresCopyLoader {

  /** Accounts per {@code COPY} and {@code INSERT ... SELECT}. */
  private static final int CHUNK = 10_000;

  private PostgresCopyLoader() {}

  /**
   * Loads the ledgers, the next entry id following the highest already in the table.
   *
   * @return the entries loaded
   */
  static long load(DataSource dataSource, Stream<Ledger> ledgers) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      long[] next = {1};
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS staged_entry"
                + " (LIKE ledger_entry INCLUDING DEFAULTS)");
        try (var rows =
            statement.executeQuery("SELECT coalesce(max(entry_id), 0) FROM ledger_entry")) {
          rows.next();
          next[0] = rows.getLong(1) + 1;
        }
      }
      long[] entries = {0};
      StringBuilder accounts = new StringBuilder();
      StringBuilder parties = new StringBuilder();
      StringBuilder addresses = new StringBuilder();
      StringBuilder rows = new StringBuilder();
      int[] inChunk = {0};
      ledgers.forEach(
          ledger -> {
            String id = ledger.account().value();
            accounts.append(id).append("\tSERVICE_CHARGES\tDW-").append(id).append("\tLEASEHOLD\n");
            parties
                .append(id)
                .append("\t1\tP-")
                .append(id)
                .append("\tLEASEHOLDER\tAlex Example\t\\N\t\\N\n");
            addresses
                .append(id)
                .append("\tFlat 1, Example House\t1 Sample Street\t\\N\t\\N\tLondon\tN1 1AA\tGB\n");
            Map<Long, Long> ids = new HashMap<>();
            for (PostedEntry posted : ledger.entries()) {
              long entryId = next[0]++;
              ids.put(posted.id().value(), entryId);
              row(rows, entryId, id, posted.entry(), ids);
              entries[0]++;
            }
            if (++inChunk[0] == CHUNK) {
              flush(connection, copy, accounts, parties, addresses, rows);
              inChunk[0] = 0;
            }
          });
      flush(connection, copy, accounts, parties, addresses, rows);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "SELECT setval(pg_get_serial_sequence('ledger_entry', 'entry_id'), "
                + (next[0] - 1)
                + ")");
        statement.execute("ANALYZE");
      }
      return entries[0];
    }
  }

  private static void flush(
      Connection connection,
      CopyManager copy,
      StringBuilder accounts,
      StringBuilder parties,
      StringBuilder addresses,
      StringBuilder rows) {
    if (accounts.length() == 0) {
      return;
    }
    try {
      copy.copyIn(
          "COPY debtor_account (account_id, debt_stream, dwelling_id, tenure) FROM STDIN",
          new StringReader(accounts.toString()));
      copy.copyIn(
          "COPY account_party (account_id, letter_order, party_id, party_role, party_name, email,"
              + " telephone) FROM STDIN",
          new StringReader(parties.toString()));
      copy.copyIn(
          "COPY correspondence_address (account_id, line_1, line_2, line_3, line_4, town,"
              + " postcode, country_code) FROM STDIN",
          new StringReader(addresses.toString()));
      copy.copyIn("COPY staged_entry FROM STDIN", new StringReader(rows.toString()));
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "INSERT INTO ledger_entry OVERRIDING SYSTEM VALUE SELECT * FROM staged_entry"
                + " ORDER BY entry_id");
        statement.execute("TRUNCATE staged_entry");
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("loading a chunk of accounts", e);
    }
    accounts.setLength(0);
    parties.setLength(0);
    addresses.setLength(0);
    rows.setLength(0);
  }

  /** One {@code ledger_entry} row in COPY text form, columns in the table's order. */
  private static void row(
      StringBuilder out, long entryId, String account, LedgerEntry entry, Map<Long, Long> ids) {
    String chargeType = null;
    Object dueDate = null;
    String demand = null;
    Object periodStart = null;
    Object periodEnd = null;
    String method = null;
    String allocateTo = null;
    String reason = null;
    String writeOffReason = null;
    String authorisedBy = null;
    Long reverses = null;
    String reversedKind = null;
    if (entry instanceof Charge charge) {
      chargeType = charge.chargeType().name();
      dueDate = charge.dueDate();
      demand = charge.demandReference().orElse(null);
      periodStart = charge.periodCovered().map(p -> p.start()).orElse(null);
      periodEnd = charge.periodCovered().map(p -> p.endExclusive()).orElse(null);
    } else if (entry instanceof Adjustment adjustment) {
      chargeType = adjustment.chargeType().name();
      dueDate = adjustment.dueDate();
      demand = adjustment.demandReference().orElse(null);
      reason = adjustment.reason();
    } else if (entry instanceof Refund refund) {
      method = refund.method().name();
      reason = refund.reason();
    } else if (entry instanceof Payment payment) {
      method = payment.method().name();
      allocateTo = payment.allocateTo().orElse(null);
    } else if (entry instanceof Credit credit) {
      reason = credit.reason();
      allocateTo = credit.allocateTo().orElse(null);
    } else if (entry instanceof WriteOff writeOff) {
      writeOffReason = writeOff.reason().name();
      authorisedBy = writeOff.authorisedBy();
      allocateTo = writeOff.allocateTo().orElse(null);
    } else if (entry instanceof Reversal reversal) {
      reason = reversal.reason();
      reverses = ids.get(reversal.reverses().value());
      reversedKind = reversal.reversedKind().name();
    }
    Optional<String> reference = entry.externalReference();
    Object[] columns = {
      entryId,
      account,
      entry.kind().name(),
      entry.direction().name(),
      entry.date(),
      entry.amount().pence(),
      reference.orElse(null),
      chargeType,
      dueDate,
      demand,
      periodStart,
      periodEnd,
      method,
      allocateTo,
      reason,
      writeOffReason,
      authorisedBy,
      reverses,
      reversedKind
    };
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      text(out, columns[i]);
    }
    out.append('\n');
  }

  private static void text(StringBuilder out, @Nullable Object value) {
    if (value == null) {
      out.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
