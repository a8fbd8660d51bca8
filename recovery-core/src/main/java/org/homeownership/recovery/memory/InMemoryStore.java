package org.homeownership.recovery.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.AccountStore;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.LeaseStore;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.DwellingStore;

/**
 * Accounts and their ledgers, dwellings and leases, held in memory. A ledger opens when its account
 * is first saved. Posting is serialised, so concurrent posts of the same external reference store
 * it once.
 */
public final class InMemoryStore implements AccountStore, LedgerStore, DwellingStore, LeaseStore {

  private final ConcurrentSkipListMap<AccountId, DebtorAccount> accounts =
      new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<AccountId, Ledger> ledgers = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<DwellingId, Dwelling> dwellings =
      new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<DwellingId, Lease> leases = new ConcurrentSkipListMap<>();
  private long lastEntryId;

  @Override
  public void save(DebtorAccount account) {
    accounts.put(account.id(), account);
    ledgers.putIfAbsent(account.id(), Ledger.empty(account.id()));
  }

  @Override
  public Optional<DebtorAccount> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public Stream<DebtorAccount> all() {
    return accounts.values().stream();
  }

  @Override
  public void save(Dwelling dwelling) {
    dwellings.put(dwelling.id(), dwelling);
  }

  @Override
  public Optional<Dwelling> dwelling(DwellingId id) {
    return Optional.ofNullable(dwellings.get(id));
  }

  @Override
  public Stream<Dwelling> dwellings() {
    return dwellings.values().stream();
  }

  @Override
  public synchronized void save(Lease lease) {
    if (!dwellings.containsKey(lease.dwelling())) {
      throw new IllegalArgumentException(
          "lease of " + lease.dwelling() + ": no such dwelling is stored");
    }
    leases.put(lease.dwelling(), lease);
  }

  @Override
  public Optional<Lease> leaseOf(DwellingId dwelling) {
    return Optional.ofNullable(leases.get(dwelling));
  }

  @Override
  public Stream<Lease> leases() {
    return leases.values().stream();
  }

  @Override
  public synchronized PostingResult post(AccountId account, LedgerEntry entry) {
    Ledger ledger = ledger(account);
    Optional<PostedEntry> existing = ledger.check(entry);
    if (existing.isPresent()) {
      return new PostingResult(existing.get(), true);
    }
    PostedEntry posted = new PostedEntry(EntryId.of(++lastEntryId), entry);
    ledgers.put(account, ledger.append(posted));
    return new PostingResult(posted, false);
  }

  @Override
  public Ledger ledger(AccountId account) {
    Ledger ledger = ledgers.get(account);
    if (ledger == null) {
      throw new UnknownAccountException(account);
    }
    return ledger;
  }
}
