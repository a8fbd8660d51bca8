package org.homeownership.recovery.persistence.jdbc;

import org.homeownership.recovery.account.AccountStore;
import org.homeownership.recovery.arrangement.ArrangementStore;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.billing.BillingRunStore;
import org.homeownership.recovery.contact.ContactLogStore;
import org.homeownership.recovery.court.CourtCaseStore;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.notice.IssuedNoticeStore;
import org.homeownership.recovery.recoverycase.RecoveryCaseStore;
import org.homeownership.recovery.writeoff.WriteOffStore;

/** The ports one store implementation offers, so one contract can run on several. */
record Stores(
    AccountStore accounts,
    LedgerStore ledgers,
    BillingRunStore runs,
    RecoveryCaseStore cases,
    ArrangementStore arrangements,
    ContactLogStore contacts,
    IssuedNoticeStore notices,
    WriteOffStore writeOffs,
    CourtCaseStore courts,
    AuditLog audit) {

  static Stores of(InMemoryStore store) {
    return new Stores(store, store, store, store, store, store, store, store, store, store);
  }

  static Stores of(JdbcStore store) {
    return new Stores(store, store, store, store, store, store, store, store, store, store);
  }
}
