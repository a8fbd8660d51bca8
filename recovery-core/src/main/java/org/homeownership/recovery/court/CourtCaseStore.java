package org.homeownership.recovery.court;

import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Port: where each account's court and tribunal cases are kept — its county court claims with their
 * hearings, judgments and payments, its First-tier Tribunal applications with their determinations,
 * and its enforcement applications with their outcomes (LAW-AND-PRACTICE.md §1.7, §6.4, §8). An
 * account's cases are saved as a whole with a version: a save names the version it was made from
 * ({@link Versioned#NEW} if none are stored yet), and a save from any other version throws {@link
 * StaleWriteException} and writes nothing. Each save writes an audit line ({@link
 * AuditedEntity#COURT_CASES}, by account id) to the {@link AuditLog} in the same transaction.
 */
public interface CourtCaseStore {

  /** The court and tribunal cases of {@code account}, with their version, if any are stored. */
  Optional<Versioned<CourtCases>> courtCases(AccountId account);

  /**
   * Saves {@code cases} as the whole of {@code account}'s court and tribunal cases, made from
   * {@code expectedVersion}, and records {@code change} in the {@link AuditLog}.
   *
   * @return the cases as stored, with their new version
   * @throws StaleWriteException if the stored version is not {@code expectedVersion}; nothing is
   *     written
   * @throws UnknownAccountException if the account is not stored; nothing is written
   */
  Versioned<CourtCases> save(
      AccountId account, CourtCases cases, long expectedVersion, Change change);
}
