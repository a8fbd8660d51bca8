package org.homeownership.recovery.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.Posting;
import org.homeownership.recovery.persistence.jdbc.RecoverySchema;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/** Loads a generated portfolio into a fresh H2 database through {@link JdbcStore}. */
final class H2Portfolio {

  private H2Portfolio() {}

  /**
   * A migrated, empty H2 database at {@code url}, migrated on connections opened and closed like
   * any other: V3 rewrote the check constraints that H2 2.4 had bound to the session that created
   * them ({@code H2UnpooledDataSourceIT} in the store's tests shows it), so the migrating
   * connection need not be held open any more.
   */
  static DataSource database(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    RecoverySchema.migrate(h2);
    return h2;
  }

  /** A leasehold service charge account for a generated ledger. */
  static DebtorAccount account(AccountId id) {
    return DebtorAccount.builder().id(id).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(DwellingId.of("DW-" + id.value()))
        .tenure(Tenure.LEASEHOLD)
        .addParties(
            Party.builder()
                .id(PartyId.of("P-" + id.value()))
                .role(PartyRole.LEASEHOLDER)
                .name("Alex Example")
                .build())
        .correspondenceAddress(
            PostalAddress.builder()
                .addLines("Flat 1, Example House", "1 Sample Street")
                .town("London")
                .postcode("N1 1AA")
                .build())
        .build();
  }

  /**
   * Saves the accounts and posts their ledgers, {@code perBatch} accounts to a {@link
   * JdbcStore#postAll} batch; reversals follow in a second batch, naming the ids the store gave.
   */
  static void load(JdbcStore store, List<Ledger> ledgers, int perBatch) {
    for (int from = 0; from < ledgers.size(); from += perBatch) {
      List<Ledger> group = ledgers.subList(from, Math.min(ledgers.size(), from + perBatch));
      List<Posting> entries = new ArrayList<>();
      List<EntryId> generatedIds = new ArrayList<>();
      store.inTransaction(
          transaction -> {
            group.forEach(ledger -> transaction.save(account(ledger.account())));
            return null;
          });
      for (Ledger ledger : group) {
        for (PostedEntry posted : ledger.entries()) {
          if (!(posted.entry() instanceof Reversal)) {
            entries.add(new Posting(ledger.account(), posted.entry()));
            generatedIds.add(posted.id());
          }
        }
      }
      List<PostingResult> results = store.postAll(entries);
      Map<String, PostedEntry> stored = new HashMap<>();
      for (int i = 0; i < results.size(); i++) {
        stored.put(key(entries.get(i).account(), generatedIds.get(i)), results.get(i).posted());
      }
      List<Posting> reversals = new ArrayList<>();
      for (Ledger ledger : group) {
        for (PostedEntry posted : ledger.entries()) {
          if (posted.entry() instanceof Reversal reversal) {
            PostedEntry target = stored.get(key(ledger.account(), reversal.reverses()));
            reversals.add(
                new Posting(
                    ledger.account(), Reversal.of(target, reversal.date(), reversal.reason())));
          }
        }
      }
      if (!reversals.isEmpty()) {
        store.postAll(reversals);
      }
    }
  }

  private static String key(AccountId account, EntryId id) {
    return account.value() + "#" + id.value();
  }
}
