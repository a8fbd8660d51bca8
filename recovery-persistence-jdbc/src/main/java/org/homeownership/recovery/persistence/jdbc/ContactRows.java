package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.officer.OfficerId;

/**
 * SQL and mapping for contact logs. A change locks the account row, reads the log as stored,
 * applies the core's own rules ({@link ContactLog#with}, {@link ContactLog#withReply}), writes the
 * new entry or the reply, raises the log's version and records the change in the audit log.
 */
final class ContactRows {

  private ContactRows() {}

  static ContactLog append(
      Connection connection, AccountId account, ContactEntry entry, Change change)
      throws SQLException {
    lockAccount(connection, account);
    ContactLog log = read(connection, account).with(entry);
    long version = nextVersion(connection, account);
    insert(connection, account, entry, log.entries().size());
    audit(connection, account, version, change);
    return log;
  }

  static ContactLog recordReply(
      Connection connection, AccountId account, ContactId id, Reply reply, Change change)
      throws SQLException {
    lockAccount(connection, account);
    ContactLog log = read(connection, account).withReply(id, reply);
    long version = nextVersion(connection, account);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE contact_entry SET replied_on = ?, replied_by = ?"
                + " WHERE account_id = ? AND contact_id = ?")) {
      Parameters.of(update)
          .date(reply.on())
          .reference("replied by", reply.by().value())
          .reference("account id", account.value())
          .reference("contact id", id.value());
      update.executeUpdate();
    }
    audit(connection, account, version, change);
    return log;
  }

  static ContactLog read(Connection connection, AccountId account) throws SQLException {
    List<ContactEntry> entries = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT contact_id, contacted_on, contact_kind, direction, officer, outcome,"
                + " debtor_reached, reply_due, replied_on, replied_by FROM contact_entry"
                + " WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          var builder =
              ContactEntry.builder()
                  .id(ContactId.of(rows.getString("contact_id")))
                  .on(rows.getDate("contacted_on").toLocalDate())
                  .kind(ContactKind.valueOf(rows.getString("contact_kind")))
                  .direction(ContactDirection.valueOf(rows.getString("direction")))
                  .officer(OfficerId.of(rows.getString("officer")))
                  .outcome(rows.getString("outcome"))
                  .debtorReached(rows.getBoolean("debtor_reached"));
          Optional.ofNullable(rows.getDate("reply_due"))
              .ifPresent(due -> builder.replyDue(due.toLocalDate()));
          if (rows.getString("replied_by") != null) {
            builder.reply(
                new Reply(
                    rows.getDate("replied_on").toLocalDate(),
                    OfficerId.of(rows.getString("replied_by"))));
          }
          entries.add(builder.build());
        }
      }
    }
    return ContactLog.of(account, entries);
  }

  private static void insert(
      Connection connection, AccountId account, ContactEntry entry, int position)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO contact_entry (account_id, contact_id, position, contacted_on,"
                + " contact_kind, direction, officer, outcome, debtor_reached, reply_due,"
                + " replied_on, replied_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Parameters.of(insert)
          .reference("account id", account.value())
          .reference("contact id", entry.id().value())
          .integer(position)
          .date(entry.on())
          .name(entry.kind())
          .name(entry.direction())
          .reference("contact officer", entry.officer().value())
          .text("contact outcome", entry.outcome())
          .flag(entry.debtorReached())
          .date(entry.replyDue().orElse(null))
          .date(entry.reply().map(Reply::on).orElse(null))
          .reference("replied by", entry.reply().map(r -> r.by().value()).orElse(null));
      insert.executeUpdate();
    }
  }

  /** Raises (or starts) the log's version, and returns the new version. */
  private static long nextVersion(Connection connection, AccountId account) throws SQLException {
    long stored = AuditRows.lockedVersion(connection, "contact_log", "account_id", account.value());
    long version = stored + 1;
    String sql =
        stored == 0
            ? "INSERT INTO contact_log (version, account_id) VALUES (?, ?)"
            : "UPDATE contact_log SET version = ? WHERE account_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Parameters.of(statement).number(version).reference("account id", account.value());
      statement.executeUpdate();
    }
    return version;
  }

  private static void audit(Connection connection, AccountId account, long version, Change change)
      throws SQLException {
    AuditRows.insert(
        connection, new AuditEntry(AuditedEntity.CONTACT_LOG, account.value(), version, change));
  }

  /** Locks the account row until the transaction ends, so changes to one log take turns. */
  static void lockAccount(Connection connection, AccountId account) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT account_id FROM debtor_account WHERE account_id = ? FOR UPDATE")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new UnknownAccountException(account);
        }
      }
    }
  }
}
