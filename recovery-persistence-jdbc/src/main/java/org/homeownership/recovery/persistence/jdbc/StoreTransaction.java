package org.homeownership.recovery.persistence.jdbc;

import java.util.List;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountStore;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.ArrangementStore;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.billing.BillingRunStore;
import org.homeownership.recovery.contact.ContactLogStore;
import org.homeownership.recovery.court.CourtCaseStore;
import org.homeownership.recovery.demand.DemandStore;
import org.homeownership.recovery.lease.LeaseStore;
import org.homeownership.recovery.ledger.InvalidPostingException;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.notice.IssuedNoticeStore;
import org.homeownership.recovery.property.DwellingStore;
import org.homeownership.recovery.recoverycase.RecoveryCaseStore;
import org.homeownership.recovery.writeoff.WriteOffStore;

/**
 * The store seen from inside one database transaction: every read and write made through it commits
 * or rolls back together. Valid only while the {@link UnitOfWork} that received it runs.
 */
public interface StoreTransaction
    extends AccountStore,
        LedgerStore,
        DwellingStore,
        LeaseStore,
        BillingRunStore,
        RecoveryCaseStore,
        ArrangementStore,
        ContactLogStore,
        IssuedNoticeStore,
        WriteOffStore,
        CourtCaseStore,
        DemandStore,
        AuditLog {

  /**
   * Posts each entry in order, as {@link #post} would. An entry already posted (by an earlier run
   * of the same batch, say) comes back with {@code alreadyPosted} true.
   *
   * @return one result per posting, in the order given
   * @throws InvalidPostingException if any entry cannot be posted; the transaction must then be
   *     rolled back, which {@link JdbcStore#inTransaction} does
   * @throws UnknownAccountException if any account is unknown
   */
  List<PostingResult> postAll(List<Posting> postings);

  /**
   * Every account, in id order, read inside this transaction. Close the stream before the unit of
   * work returns.
   */
  @Override
  Stream<DebtorAccount> all();
}
