package org.homeownership.recovery.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who is making a change, when and what it is, given by the caller with each write to a store, so
 * that the store can record it in the {@link AuditLog} in the same transaction.
 *
 * <p>The instant is kept to the microsecond (finer parts are dropped when the change is made), the
 * precision both supported databases keep, so that what is read back equals what was given.
 *
 * @param by who
 * @param at when, in UTC; from the caller's clock, never read here
 * @param description what the change is, in plain words, such as {@code hold added: dispute}; not
 *     personal data, as the audit log is read widely
 */
public record Change(Actor by, Instant at, String description) {

  /** Checks every part is given and the description is not blank; keeps {@code at} to the µs. */
  public Change {
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("a change needs a description");
    }
    at = at.truncatedTo(ChronoUnit.MICROS);
  }

  /** A change made by {@code by} at {@code at}. */
  public static Change of(Actor by, Instant at, String description) {
    return new Change(by, at, description);
  }
}
