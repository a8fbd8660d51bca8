package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.ImmutableDebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.jspecify.annotations.Nullable;

/** SQL and mapping for debtor accounts, their parties and correspondence addresses. */
final class AccountRows {

  private static final String SELECT = select(Dialect.H2);

  /**
   * The accounts joined to their addresses and parties, the joins comparing ids in {@code
   * dialect}'s account order: on PostgreSQL in {@code COLLATE "C"}, so that the three tables'
   * indexes in that order (V21__sweep_and_posting_indexes.sql) can be merged as they are read,
   * without sorting every account before the first row (docs/performance-round4-stores.md). For ids
   * the comparison is the same in either collation.
   */
  private static String select(Dialect dialect) {
    return "SELECT a.account_id, a.debt_stream, a.dwelling_id, a.tenure,"
        + " ad.line_1, ad.line_2, ad.line_3, ad.line_4, ad.town, ad.postcode, ad.country_code,"
        + " p.party_id, p.party_role, p.party_name, p.email, p.telephone"
        + " FROM debtor_account a"
        + " JOIN correspondence_address ad ON "
        + dialect.byAccount("ad.account_id")
        + " = a.account_id"
        + " JOIN account_party p ON "
        + dialect.byAccount("p.account_id")
        + " = a.account_id";
  }

  private AccountRows() {}

  /** The query for one account, its parties in letter order. */
  static String selectOne() {
    return SELECT + " WHERE a.account_id = ? ORDER BY p.letter_order";
  }

  /** The query for every account in account-id order, each one's parties in letter order. */
  static String selectAll(Dialect dialect) {
    return select(dialect) + " ORDER BY " + dialect.byAccount("a.account_id") + ", p.letter_order";
  }

  /** Writes the account's own row, parties and address; the caller has removed any old ones. */
  static void insert(Connection connection, DebtorAccount account, boolean accountRowExists)
      throws SQLException {
    String id = account.id().value();
    String accountSql =
        accountRowExists
            ? "UPDATE debtor_account SET debt_stream = ?, dwelling_id = ?, tenure = ?"
                + " WHERE account_id = ?"
            : "INSERT INTO debtor_account (debt_stream, dwelling_id, tenure, account_id)"
                + " VALUES (?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(accountSql)) {
      Parameters.of(statement)
          .name(account.stream())
          .reference("dwelling id", account.dwelling().value())
          .name(account.tenure())
          .reference("account id", id);
      statement.executeUpdate();
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO account_party (account_id, letter_order, party_id, party_role,"
                + " party_name, email, telephone) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int order = 0;
      for (Party party : account.parties()) {
        Parameters.of(statement)
            .reference("account id", id)
            .integer(++order)
            .reference("party id", party.id().value())
            .name(party.role())
            .text("party name", party.name())
            .text("party email", party.email().orElse(null))
            .text("party telephone", party.telephone().orElse(null));
        statement.addBatch();
      }
      statement.executeBatch();
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO correspondence_address (account_id, line_1, line_2, line_3, line_4,"
                + " town, postcode, country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      PostalAddress address = account.correspondenceAddress();
      Parameters.of(statement).reference("account id", id).address(address);
      statement.executeUpdate();
    }
  }

  /** Removes the account's parties and address, so that {@link #insert} can write new ones. */
  static void deleteDetails(Connection connection, AccountId account) throws SQLException {
    for (String table : List.of("account_party", "correspondence_address")) {
      try (PreparedStatement statement =
          connection.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
        statement.setString(1, account.value());
        statement.executeUpdate();
      }
    }
  }

  /**
   * Reads accounts from a result set of {@link #selectOne} or {@link #selectAll}, one account (all
   * of its rows) at a time.
   */
  static final class Cursor {

    private final ResultSet rows;
    private boolean onRow;

    /** A cursor on the first row of {@code rows}, if any. */
    Cursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.onRow = rows.next();
    }

    /** The next account, or null after the last. */
    @Nullable DebtorAccount next() throws SQLException {
      if (!onRow) {
        return null;
      }
      String id = rows.getString("account_id");
      ImmutableDebtorAccount.Builder account =
          DebtorAccount.builder().id(AccountId.of(id)).stream(
                  DebtStream.valueOf(rows.getString("debt_stream")))
              .dwelling(DwellingId.of(rows.getString("dwelling_id")))
              .tenure(Tenure.valueOf(rows.getString("tenure")))
              .correspondenceAddress(address(rows));
      do {
        account.addParties(party(rows));
        onRow = rows.next();
      } while (onRow && id.equals(rows.getString("account_id")));
      return account.build();
    }

    private static Party party(ResultSet rows) throws SQLException {
      return Party.builder()
          .id(PartyId.of(rows.getString("party_id")))
          .role(PartyRole.valueOf(rows.getString("party_role")))
          .name(rows.getString("party_name"))
          .email(java.util.Optional.ofNullable(rows.getString("email")))
          .telephone(java.util.Optional.ofNullable(rows.getString("telephone")))
          .build();
    }
  }

  /**
   * The postal address in the current row's {@code line_1}..{@code line_4}, {@code town}, {@code
   * postcode} and {@code country_code} columns (a correspondence address or a demand's landlord
   * address).
   */
  static PostalAddress address(ResultSet rows) throws SQLException {
    var address = PostalAddress.builder();
    for (int i = 1; i <= 4; i++) {
      String line = rows.getString("line_" + i);
      if (line != null) {
        address.addLines(line);
      }
    }
    return address
        .town(rows.getString("town"))
        .postcode(rows.getString("postcode"))
        .countryCode(rows.getString("country_code"))
        .build();
  }
}
