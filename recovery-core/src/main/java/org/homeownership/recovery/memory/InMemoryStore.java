package org.homeownership.recovery.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.AccountStore;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementStore;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BilledItem;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunPlanner;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.billing.BillingRunStatus;
import org.homeownership.recovery.billing.BillingRunStep;
import org.homeownership.recovery.billing.BillingRunStore;
import org.homeownership.recovery.billing.PlannedPosting;
import org.homeownership.recovery.billing.StoredBillingRun;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.contact.ContactLogStore;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.court.CourtCaseStore;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.demand.DemandStore;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.LeaseStore;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.LedgerStore;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.notice.IssuedNoticeStore;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.DwellingStore;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCaseStore;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffStore;
import org.jspecify.annotations.Nullable;

/**
 * Accounts and their ledgers, dwellings and leases, billing runs, recovery cases, arrangements,
 * contact logs, issued notices, write-offs, court and tribunal cases, service charge demands and
 * the audit log, held in memory: the core's reference implementation of its storage ports. A ledger
 * opens when its account is first saved. Posting is serialised, so concurrent posts of the same
 * external reference store it once; a billing run is posted all at once or not at all.
 */
public final class InMemoryStore
    implements AccountStore,
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

  private final ConcurrentSkipListMap<AccountId, DebtorAccount> accounts =
      new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<AccountId, Ledger> ledgers = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<DwellingId, Dwelling> dwellings =
      new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<DwellingId, Lease> leases = new ConcurrentSkipListMap<>();
  private final Map<BillingRunId, StoredBillingRun> billingRuns =
      new TreeMap<>(Comparator.comparing(BillingRunId::value));
  private final Map<AccountId, Versioned<CaseRecord>> cases = new TreeMap<>();
  private final Map<ArrangementId, Versioned<ArrangementRecord>> arrangements = new TreeMap<>();
  private final Map<AccountId, ContactLog> contactLogs = new HashMap<>();
  private final Map<AccountId, Long> contactLogChanges = new HashMap<>();
  private final Map<AccountId, List<IssuedNotice>> notices = new HashMap<>();
  private final Map<WriteOffReference, Versioned<WriteOffRecord>> writeOffs = new TreeMap<>();
  private final Map<AccountId, Versioned<CourtCases>> courtCases = new TreeMap<>();
  private final Map<AccountId, List<ServiceChargeDemand>> demands = new HashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
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

  @Override
  public synchronized void record(AuditEntry entry) {
    audit.add(requireNonNull(entry, "entry"));
  }

  @Override
  public synchronized List<AuditEntry> history(AuditedEntity entity, String entityId) {
    return audit.stream()
        .filter(e -> e.entity() == entity && e.entityId().equals(entityId))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized Optional<Versioned<CaseRecord>> recoveryCase(AccountId account) {
    return Optional.ofNullable(cases.get(account));
  }

  @Override
  public synchronized Versioned<CaseRecord> save(
      CaseRecord record, long expectedVersion, Change change) {
    String id = record.account().value();
    Versioned<CaseRecord> stored = cases.get(record.account());
    checkVersion(AuditedEntity.RECOVERY_CASE, id, stored, expectedVersion);
    if (!accounts.containsKey(record.account())) {
      throw new UnknownAccountException(record.account());
    }
    Versioned<CaseRecord> saved = new Versioned<>(record, expectedVersion + 1);
    cases.put(record.account(), saved);
    record(new AuditEntry(AuditedEntity.RECOVERY_CASE, id, saved.version(), change));
    return saved;
  }

  @Override
  public synchronized Stream<Versioned<CaseRecord>> recoveryCases() {
    return List.copyOf(cases.values()).stream();
  }

  @Override
  public synchronized Optional<Versioned<CourtCases>> courtCases(AccountId account) {
    return Optional.ofNullable(courtCases.get(account));
  }

  @Override
  public synchronized Versioned<CourtCases> save(
      AccountId account, CourtCases cases, long expectedVersion, Change change) {
    requireNonNull(cases, "cases");
    Versioned<CourtCases> stored = courtCases.get(account);
    checkVersion(AuditedEntity.COURT_CASES, account.value(), stored, expectedVersion);
    if (!accounts.containsKey(account)) {
      throw new UnknownAccountException(account);
    }
    Versioned<CourtCases> saved = new Versioned<>(cases, expectedVersion + 1);
    courtCases.put(account, saved);
    record(new AuditEntry(AuditedEntity.COURT_CASES, account.value(), saved.version(), change));
    return saved;
  }

  @Override
  public synchronized Optional<Versioned<ArrangementRecord>> arrangement(ArrangementId id) {
    return Optional.ofNullable(arrangements.get(id));
  }

  @Override
  public synchronized Versioned<ArrangementRecord> save(
      ArrangementRecord record, long expectedVersion, Change change) {
    Versioned<ArrangementRecord> stored = arrangements.get(record.id());
    checkVersion(AuditedEntity.ARRANGEMENT, record.id().value(), stored, expectedVersion);
    for (AccountId account : record.arrangement().accounts()) {
      if (!accounts.containsKey(account)) {
        throw new UnknownAccountException(account);
      }
    }
    Versioned<ArrangementRecord> saved = new Versioned<>(record, expectedVersion + 1);
    arrangements.put(record.id(), saved);
    record(new AuditEntry(AuditedEntity.ARRANGEMENT, record.id().value(), saved.version(), change));
    return saved;
  }

  @Override
  public synchronized Stream<Versioned<ArrangementRecord>> arrangements() {
    return List.copyOf(arrangements.values()).stream();
  }

  @Override
  public synchronized void prepare(BillingRunId id, BillingRun run, Change change) {
    if (billingRuns.containsKey(id)) {
      throw new IllegalArgumentException("billing run " + id + " is already kept");
    }
    for (BilledItem item : run.items()) {
      if (!accounts.containsKey(item.account())) {
        throw new UnknownAccountException(item.account());
      }
    }
    billingRuns.put(
        id,
        new StoredBillingRun(
            id, run, ImmutableList.of(new BillingRunStep(BillingRunStatus.PREPARED, change))));
    record(new AuditEntry(AuditedEntity.BILLING_RUN, id.value(), 1, change));
  }

  @Override
  public synchronized void approve(BillingRunId id, Change change) {
    StoredBillingRun stored = storedRun(id);
    requireStatus(stored, BillingRunStatus.PREPARED, "approved");
    step(stored, BillingRunStatus.APPROVED, change);
  }

  @Override
  public synchronized BillingRunResult post(BillingRunId id, Change change) {
    StoredBillingRun stored = storedRun(id);
    if (stored.status() == BillingRunStatus.POSTED) {
      return new BillingRunResult(stored.run(), ImmutableList.of());
    }
    requireStatus(stored, BillingRunStatus.APPROVED, "posted");
    ImmutableList<PlannedPosting> plan = BillingRunPlanner.plan(stored.run(), this::ledger);
    // all or nothing: post to copies, and keep them only if every posting goes through
    Map<AccountId, Ledger> scratch = new HashMap<>();
    long nextId = lastEntryId;
    ImmutableList.Builder<PostingResult> results = ImmutableList.builder();
    for (PlannedPosting posting : plan) {
      Ledger ledger = scratch.computeIfAbsent(posting.account(), this::ledger);
      Optional<PostedEntry> existing = ledger.check(posting.entry());
      if (existing.isPresent()) {
        results.add(new PostingResult(existing.get(), true));
      } else {
        PostedEntry posted = new PostedEntry(EntryId.of(++nextId), posting.entry());
        scratch.put(posting.account(), ledger.append(posted));
        results.add(new PostingResult(posted, false));
      }
    }
    ledgers.putAll(scratch);
    lastEntryId = nextId;
    step(stored, BillingRunStatus.POSTED, change);
    return new BillingRunResult(stored.run(), results.build());
  }

  @Override
  public synchronized Optional<StoredBillingRun> billingRun(BillingRunId id) {
    return Optional.ofNullable(billingRuns.get(id));
  }

  private StoredBillingRun storedRun(BillingRunId id) {
    StoredBillingRun stored = billingRuns.get(id);
    if (stored == null) {
      throw new IllegalArgumentException("no billing run " + id + " is kept");
    }
    return stored;
  }

  private static void requireStatus(
      StoredBillingRun stored, BillingRunStatus needed, String action) {
    if (stored.status() != needed) {
      throw new IllegalStateException(
          "billing run "
              + stored.id()
              + " is "
              + stored.status()
              + "; only a "
              + needed
              + " run can be "
              + action);
    }
  }

  private void step(StoredBillingRun stored, BillingRunStatus status, Change change) {
    ImmutableList<BillingRunStep> trail =
        ImmutableList.<BillingRunStep>builder()
            .addAll(stored.trail())
            .add(new BillingRunStep(status, change))
            .build();
    billingRuns.put(stored.id(), new StoredBillingRun(stored.id(), stored.run(), trail));
    record(new AuditEntry(AuditedEntity.BILLING_RUN, stored.id().value(), trail.size(), change));
  }

  @Override
  public synchronized ContactLog contactLog(AccountId account) {
    return contactLogs.getOrDefault(account, ContactLog.empty(account));
  }

  @Override
  public synchronized ContactLog append(AccountId account, ContactEntry entry, Change change) {
    if (!accounts.containsKey(account)) {
      throw new UnknownAccountException(account);
    }
    return keepContactLog(account, contactLog(account).with(entry), change);
  }

  @Override
  public synchronized ContactLog recordReply(
      AccountId account, ContactId id, Reply reply, Change change) {
    if (!accounts.containsKey(account)) {
      throw new UnknownAccountException(account);
    }
    return keepContactLog(account, contactLog(account).withReply(id, reply), change);
  }

  private ContactLog keepContactLog(AccountId account, ContactLog log, Change change) {
    long version = contactLogChanges.merge(account, 1L, Long::sum);
    contactLogs.put(account, log);
    record(new AuditEntry(AuditedEntity.CONTACT_LOG, account.value(), version, change));
    return log;
  }

  @Override
  public synchronized void recordIssued(IssuedNotice notice, Change change) {
    if (!accounts.containsKey(notice.account())) {
      throw new UnknownAccountException(notice.account());
    }
    List<IssuedNotice> kept = notices.computeIfAbsent(notice.account(), a -> new ArrayList<>());
    kept.add(notice);
    record(
        new AuditEntry(AuditedEntity.ISSUED_NOTICE, notice.account().value(), kept.size(), change));
  }

  @Override
  public synchronized List<IssuedNotice> issuedNotices(AccountId account) {
    return notices.getOrDefault(account, List.of()).stream()
        .sorted(Comparator.comparing(IssuedNotice::issuedOn))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized void recordServed(ServiceChargeDemand demand, Change change) {
    requireNonNull(change, "change");
    if (!accounts.containsKey(demand.account())) {
      throw new UnknownAccountException(demand.account());
    }
    List<ServiceChargeDemand> kept =
        demands.computeIfAbsent(demand.account(), a -> new ArrayList<>());
    if (kept.stream().anyMatch(d -> d.reference().equals(demand.reference()))) {
      throw new IllegalArgumentException(
          "demand " + demand.reference() + " is already recorded on account " + demand.account());
    }
    kept.add(demand);
    record(
        new AuditEntry(
            AuditedEntity.SERVICE_CHARGE_DEMAND, demand.account().value(), kept.size(), change));
  }

  @Override
  public synchronized List<ServiceChargeDemand> demands(AccountId account) {
    return demands.getOrDefault(account, List.of()).stream()
        .sorted(Comparator.comparing(ServiceChargeDemand::servedOn))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized Optional<Versioned<WriteOffRecord>> writeOff(WriteOffReference reference) {
    return Optional.ofNullable(writeOffs.get(reference));
  }

  @Override
  public synchronized Versioned<WriteOffRecord> save(
      WriteOffRecord record, long expectedVersion, Change change) {
    String id = record.reference().value();
    checkVersion(AuditedEntity.WRITE_OFF, id, writeOffs.get(record.reference()), expectedVersion);
    if (!accounts.containsKey(record.proposal().account())) {
      throw new UnknownAccountException(record.proposal().account());
    }
    Versioned<WriteOffRecord> saved = new Versioned<>(record, expectedVersion + 1);
    writeOffs.put(record.reference(), saved);
    record(new AuditEntry(AuditedEntity.WRITE_OFF, id, saved.version(), change));
    return saved;
  }

  @Override
  public synchronized List<Versioned<WriteOffRecord>> writeOffs(AccountId account) {
    return writeOffs.values().stream()
        .filter(w -> w.value().proposal().account().equals(account))
        .collect(ImmutableList.toImmutableList());
  }

  private static void checkVersion(
      AuditedEntity entity, String id, @Nullable Versioned<?> stored, long expectedVersion) {
    long storedVersion = stored == null ? Versioned.NEW : stored.version();
    if (storedVersion != expectedVersion) {
      throw new StaleWriteException(entity, id, expectedVersion, storedVersion);
    }
  }
}
