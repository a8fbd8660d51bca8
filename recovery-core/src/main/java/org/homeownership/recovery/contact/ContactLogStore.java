package org.homeownership.recovery.contact;

import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Where each account's {@link ContactLog} is kept. The log only grows: an entry is appended once
 * and may later be given its reply, once. Both go through the rules of {@link ContactLog#with} and
 * {@link ContactLog#withReply}, applied to the log as stored, so two officers writing to one
 * account at once take turns and the second sees the first's change. Each change writes an audit
 * line ({@link AuditedEntity#CONTACT_LOG}, by account id) in the same transaction; its version is
 * the number of changes the log has had (entries appended plus replies recorded).
 */
public interface ContactLogStore {

  /** The account's contact log, in the order entries were appended; empty if it has none. */
  ContactLog contactLog(AccountId account);

  /**
   * Appends {@code entry} to the account's log and records {@code change} in the {@link AuditLog}.
   *
   * @return the log as stored afterwards
   * @throws IllegalArgumentException if the log already holds an entry with the same id; nothing is
   *     written
   * @throws UnknownAccountException if the account is not stored
   */
  ContactLog append(AccountId account, ContactEntry entry, Change change);

  /**
   * Records the reply to entry {@code id} of the account's log and {@code change} in the {@link
   * AuditLog}.
   *
   * @return the log as stored afterwards
   * @throws IllegalArgumentException if the log holds no such entry, or it already has a reply, or
   *     the reply would break the entry's rules; nothing is written
   * @throws UnknownAccountException if the account is not stored
   */
  ContactLog recordReply(AccountId account, ContactId id, Reply reply, Change change);
}
