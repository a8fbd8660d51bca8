package org.homeownership.recovery.audit;

import static java.util.Objects.requireNonNull;

/**
 * A stored record with its version, for optimistic concurrency: each save names the version it was
 * made from, and the store refuses it with a {@link StaleWriteException} if someone else saved in
 * between.
 *
 * @param value the record
 * @param version 1 after the first save, one more after each save since
 * @param <T> the kind of record
 */
public record Versioned<T>(T value, long version) {

  /** The version a record has before it is first saved: pass it to save a new record. */
  public static final long NEW = 0;

  /** Checks the record is given and the version is at least 1. */
  public Versioned {
    requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("a stored version is at least 1, not " + version);
    }
  }
}
