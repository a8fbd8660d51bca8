package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;

/** SQL and mapping for the audit log. */
final class AuditRows {

  private AuditRows() {}

  /** Appends {@code entry}; the caller's transaction keeps it with the change it records. */
  static void insert(Connection connection, AuditEntry entry) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO audit_log (entity, entity_id, entity_version, actor_reference,"
                + " actor_automatic, changed_at, description) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Change change = entry.change();
      Parameters.of(statement)
          .name(entry.entity())
          .reference("audited entity id", entry.entityId())
          .number(entry.version())
          .reference("actor reference", change.by().reference())
          .flag(change.by().automatic())
          .instant(change.at())
          .text("change description", change.description());
      statement.executeUpdate();
    }
  }

  /** Every entry for one record, oldest (first recorded) first. */
  static List<AuditEntry> history(Connection connection, AuditedEntity entity, String entityId)
      throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT entity_version, actor_reference, actor_automatic, changed_at, description"
                + " FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY audit_id")) {
      statement.setString(1, entity.name());
      statement.setString(2, entityId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new AuditEntry(
                  entity,
                  entityId,
                  rows.getLong("entity_version"),
                  new Change(
                      new Actor(
                          rows.getString("actor_reference"), rows.getBoolean("actor_automatic")),
                      Parameters.instant(rows, "changed_at"),
                      rows.getString("description"))));
        }
      }
    }
    return entries;
  }

  /**
   * The version stored in {@code table} for {@code id}, locked until the transaction ends; 0 if
   * none.
   */
  static long lockedVersion(Connection connection, String table, String idColumn, String id)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT version FROM " + table + " WHERE " + idColumn + " = ? FOR UPDATE")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  /** True if the account is stored. */
  static boolean accountExists(Connection connection, String account) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT 1 FROM debtor_account WHERE account_id = ?")) {
      statement.setString(1, account);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }
}
