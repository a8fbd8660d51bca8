package org.homeownership.recovery.audit;

import static java.util.Objects.requireNonNull;

/**
 * A save was made from a version of a record that is no longer the stored one: someone else saved
 * it in between (or it was saved as new when it already existed). Nothing was written; read the
 * record again, reapply the change and save from the new version.
 */
public final class StaleWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final AuditedEntity entity;
  private final String entityId;
  private final long expectedVersion;
  private final long storedVersion;

  /**
   * The exception for a save of {@code entity} {@code entityId} made from {@code expectedVersion}
   * when the stored version is {@code storedVersion} (0 if none is stored).
   */
  public StaleWriteException(
      AuditedEntity entity, String entityId, long expectedVersion, long storedVersion) {
    super(
        "stale write to "
            + requireNonNull(entity, "entity")
            + " "
            + requireNonNull(entityId, "entityId")
            + ": saved from version "
            + expectedVersion
            + " but the stored version is "
            + storedVersion
            + "; nothing was written");
    this.entity = entity;
    this.entityId = entityId;
    this.expectedVersion = expectedVersion;
    this.storedVersion = storedVersion;
  }

  /** The kind of record. */
  public AuditedEntity entity() {
    return entity;
  }

  /** The record's id. */
  public String entityId() {
    return entityId;
  }

  /** The version the save was made from ({@link Versioned#NEW} for a new record). */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored when the save was refused; 0 if none is stored. */
  public long storedVersion() {
    return storedVersion;
  }
}
