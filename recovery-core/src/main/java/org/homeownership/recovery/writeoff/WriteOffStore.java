package org.homeownership.recovery.writeoff;

import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Where write-off records are kept: the proposal, the authorisation it needs, its steps and state,
 * and the ledger entries it made. A record carries a version: a save names the version it was made
 * from ({@link Versioned#NEW} for a record not stored yet), and a save from any other version
 * throws {@link StaleWriteException} and writes nothing. Each save writes an audit line ({@link
 * AuditedEntity#WRITE_OFF}, by reference) in the same transaction.
 */
public interface WriteOffStore {

  /** The write-off with {@code reference}, with its version, if one is stored. */
  Optional<Versioned<WriteOffRecord>> writeOff(WriteOffReference reference);

  /**
   * Saves {@code record}, made from {@code expectedVersion}, and records {@code change} in the
   * {@link AuditLog}.
   *
   * @return the record with its new version
   * @throws StaleWriteException if the stored version is not {@code expectedVersion}
   * @throws UnknownAccountException if the proposal's account is not stored
   */
  Versioned<WriteOffRecord> save(WriteOffRecord record, long expectedVersion, Change change);

  /** The account's write-offs, in reference order; empty if none. */
  List<Versioned<WriteOffRecord>> writeOffs(AccountId account);
}
