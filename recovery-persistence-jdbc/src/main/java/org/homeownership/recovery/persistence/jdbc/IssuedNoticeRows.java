package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.notice.IssuedNotice;

/**
 * SQL and mapping for issued notices: append-only rows, read by account in date order. Keeping a
 * notice locks the account row, so the audit line's version (the account's count of notices) is the
 * same whichever of two writers came first.
 */
final class IssuedNoticeRows {

  private IssuedNoticeRows() {}

  static void insert(Connection connection, IssuedNotice notice, Change change)
      throws SQLException {
    ContactRows.lockAccount(connection, notice.account());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO issued_notice (account_id, template_code, template_version,"
                + " content_hash, issued_on, service_method, deemed_served, document_reference)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Parameters.of(insert)
          .reference("account id", notice.account().value())
          .reference("template code", notice.templateCode())
          .reference("template version", notice.templateVersion())
          .reference("content hash", notice.contentHash())
          .date(notice.issuedOn())
          .name(notice.serviceMethod())
          .date(notice.deemedServed())
          .reference("document reference", notice.documentReference());
      insert.executeUpdate();
    }
    long count;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT COUNT(*) FROM issued_notice WHERE account_id = ?")) {
      statement.setString(1, notice.account().value());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        count = rows.getLong(1);
      }
    }
    AuditRows.insert(
        connection,
        new AuditEntry(AuditedEntity.ISSUED_NOTICE, notice.account().value(), count, change));
  }

  static List<IssuedNotice> byAccount(Connection connection, AccountId account)
      throws SQLException {
    List<IssuedNotice> notices = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT template_code, template_version, content_hash, issued_on, service_method,"
                + " deemed_served, document_reference FROM issued_notice WHERE account_id = ?"
                + " ORDER BY issued_on, notice_id")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          notices.add(
              new IssuedNotice(
                  account,
                  rows.getString("template_code"),
                  rows.getString("template_version"),
                  rows.getString("content_hash"),
                  rows.getDate("issued_on").toLocalDate(),
                  ServiceMethod.valueOf(rows.getString("service_method")),
                  rows.getDate("deemed_served").toLocalDate(),
                  rows.getString("document_reference")));
        }
      }
    }
    return List.copyOf(notices);
  }
}
