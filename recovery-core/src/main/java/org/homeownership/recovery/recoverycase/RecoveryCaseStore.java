package org.homeownership.recovery.recoverycase;

import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Port: where recovery cases are kept, one per account, each with its stage history and holds and a
 * version for optimistic concurrency. Each save is recorded in the {@link
 * org.homeownership.recovery.audit.AuditLog} with the same transaction.
 */
public interface RecoveryCaseStore {

  /** The case of {@code account}, with its version, if one is stored. */
  Optional<Versioned<CaseRecord>> recoveryCase(AccountId account);

  /**
   * Saves {@code record} (its whole stage history and holds), made from {@code expectedVersion}:
   * {@link Versioned#NEW} for a case not stored yet, else the version read.
   *
   * @return the record as stored, with its new version
   * @throws StaleWriteException if the stored version is not {@code expectedVersion}; nothing is
   *     written
   * @throws UnknownAccountException if the account is not stored; nothing is written
   */
  Versioned<CaseRecord> save(CaseRecord record, long expectedVersion, Change change);

  /** Every stored case, in account id order. */
  Stream<Versioned<CaseRecord>> recoveryCases();
}
