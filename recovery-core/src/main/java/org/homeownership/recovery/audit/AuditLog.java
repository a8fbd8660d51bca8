package org.homeownership.recovery.audit;

import java.util.List;

/**
 * Port: the log of who changed what and when. The stores that keep billing runs, recovery cases and
 * arrangements write to it themselves, in the same transaction as each change, so a change and its
 * audit line are kept together or not at all. Append-only.
 */
public interface AuditLog {

  /** Appends {@code entry} to the log. */
  void record(AuditEntry entry);

  /** Every entry recorded for the record {@code entityId} of kind {@code entity}, oldest first. */
  List<AuditEntry> history(AuditedEntity entity, String entityId);
}
