package org.homeownership.recovery.arrangement;

import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Port: where payment arrangements are kept, each with its terms, approval and every change of
 * state, and a version for optimistic concurrency. Each save is recorded in the {@link
 * org.homeownership.recovery.audit.AuditLog} in the same transaction.
 */
public interface ArrangementStore {

  /** The arrangement with {@code id}, with its version, if one is stored. */
  Optional<Versioned<ArrangementRecord>> arrangement(ArrangementId id);

  /**
   * Saves the whole of {@code record} (terms, approval, state history), made from {@code
   * expectedVersion}: {@link Versioned#NEW} for an arrangement not stored yet, else the version
   * read.
   *
   * @return the record as stored, with its new version
   * @throws StaleWriteException if the stored version is not {@code expectedVersion}; nothing is
   *     written
   * @throws UnknownAccountException if an account it covers is not stored; nothing is written
   */
  Versioned<ArrangementRecord> save(ArrangementRecord record, long expectedVersion, Change change);

  /** Every stored arrangement, in id order: with {@link ArrangementBook#with} it makes a book. */
  Stream<Versioned<ArrangementRecord>> arrangements();
}
