package org.homeownership.recovery.audit;

import static java.util.Objects.requireNonNull;

/**
 * One line of the audit log: which record changed, to which version, and the {@link Change}.
 *
 * @param entity the kind of record
 * @param entityId its id (an account id, arrangement id or run id)
 * @param version the record's version after the change (1 for the first save)
 * @param change who, when and what
 */
public record AuditEntry(AuditedEntity entity, String entityId, long version, Change change) {

  /** Checks every part is given and the version is at least 1. */
  public AuditEntry {
    requireNonNull(entity, "entity");
    requireNonNull(entityId, "entityId");
    requireNonNull(change, "change");
    if (version < 1) {
      throw new IllegalArgumentException("audit entry version must be at least 1, not " + version);
    }
  }
}
