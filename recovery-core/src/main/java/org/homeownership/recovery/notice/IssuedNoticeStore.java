package org.homeownership.recovery.notice;

import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Where the notices issued to each account are kept, with their dates of issue and deemed service.
 * Append-only: a notice once issued is never changed or removed. Each notice kept writes an audit
 * line ({@link AuditedEntity#ISSUED_NOTICE}, by account id) in the same transaction; its version is
 * the number of notices the account then has.
 */
public interface IssuedNoticeStore {

  /**
   * Keeps {@code notice} and records {@code change} in the {@link AuditLog}.
   *
   * @throws UnknownAccountException if the notice's account is not stored; nothing is written
   */
  void recordIssued(IssuedNotice notice, Change change);

  /**
   * The notices issued to {@code account}, by date of issue, and those issued on the same day in
   * the order they were kept; empty if none.
   */
  List<IssuedNotice> issuedNotices(AccountId account);
}
