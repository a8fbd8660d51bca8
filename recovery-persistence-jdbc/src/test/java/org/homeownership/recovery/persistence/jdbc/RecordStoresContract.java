package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.account;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.CHECKER;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.DAY;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.MAKER;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.caseWithEveryHold;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.change;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.contacts;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.declinedWriteOff;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.eventful;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.fields;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.notice;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.reinstatedWriteOff;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.billing.BillingRunStatus;
import org.homeownership.recovery.billing.BillingRunStep;
import org.homeownership.recovery.billing.StoredBillingRun;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.gate.Enclosure;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.gate.Section81Finding;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the billing run, recovery case, arrangement and audit log ports must
 * do: the same suite runs on the core's {@code InMemoryStore}, on H2 and on PostgreSQL.
 */
abstract class RecordStoresContract {

  static final AccountId A = AccountId.of("SC-200001");
  static final AccountId B = AccountId.of("SC-200002");

  protected Stores stores;

  /** New, empty stores for one test. */
  protected abstract Stores newStores() throws Exception;

  /** Frees what {@link #newStores} made. */
  protected void closeStores() throws Exception {}

  @BeforeEach
  void open() throws Exception {
    stores = newStores();
    stores.accounts().save(account(A.value()));
    stores.accounts().save(account(B.value()));
  }

  @AfterEach
  void close() throws Exception {
    closeStores();
  }

  @Test
  void aCaseReadsBackWithEveryStageMoveAndEveryHoldKind() {
    CaseRecord record = caseWithEveryHold(A, "Reason: O'Brien's debt adviser called");

    Versioned<CaseRecord> saved =
        stores.cases().save(record, Versioned.NEW, change("HO-1", 0, "opened"));

    assertThat(saved).isEqualTo(new Versioned<>(record, 1));
    assertThat(stores.cases().recoveryCase(A)).contains(saved);
    assertThat(stores.cases().recoveryCase(B)).isEmpty();
    assertThat(record.holds().stream().map(Hold::kind).distinct())
        .hasSize(org.homeownership.recovery.recoverycase.hold.HoldKind.values().length);

    CaseRecord moved =
        CaseRecord.of(
                RecoveryCase.open(A, record.recoveryCase().stream())
                    .entered(
                        org.homeownership.recovery.arrangement.StageReference.of("REMINDER_1"),
                        DAY))
            .withHold(new Hold.Deceased(HoldTerms.from(DAY, "estate", HoldAuthor.officer(MAKER))));
    Versioned<CaseRecord> second = stores.cases().save(moved, 1, change("HO-2", 1, "rewritten"));

    assertThat(second.version()).isEqualTo(2);
    assertThat(stores.cases().recoveryCase(A)).contains(new Versioned<>(moved, 2));
  }

  @Test
  void aStaleCaseWriteFailsNamingBothVersionsAndChangesNothing() {
    CaseRecord first = CaseRecord.of(RecoveryCase.open(A, account(A.value()).stream()));
    stores.cases().save(first, Versioned.NEW, change("HO-1", 0, "opened"));
    CaseRecord officerOne = caseWithEveryHold(A, "one");
    CaseRecord officerTwo = caseWithEveryHold(A, "two");
    stores.cases().save(officerOne, 1, change("HO-1", 1, "holds added"));

    assertThatThrownBy(() -> stores.cases().save(officerTwo, 1, change("HO-2", 2, "holds added")))
        .isInstanceOfSatisfying(
            StaleWriteException.class,
            e -> {
              assertThat(e.entity()).isEqualTo(AuditedEntity.RECOVERY_CASE);
              assertThat(e.entityId()).isEqualTo(A.value());
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.storedVersion()).isEqualTo(2);
            })
        .hasMessage(
            "stale write to RECOVERY_CASE SC-200001: saved from version 1 but the stored version"
                + " is 2; nothing was written");
    assertThatThrownBy(() -> stores.cases().save(first, Versioned.NEW, change("HO-2", 3, "new")))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("saved from version 0 but the stored version is 2");
    assertThatThrownBy(
            () -> stores.cases().save(caseWithEveryHold(B, "x"), 3, change("HO-2", 3, "x")))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("SC-200002: saved from version 3 but the stored version is 0");

    assertThat(stores.cases().recoveryCase(A)).contains(new Versioned<>(officerOne, 2));
    assertThat(stores.cases().recoveryCase(B)).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.RECOVERY_CASE, A.value()))
        .extracting(AuditEntry::version, e -> e.change().description())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "opened"),
            org.assertj.core.groups.Tuple.tuple(2L, "holds added"));
  }

  @Test
  void aCaseNeedsItsAccount() {
    AccountId unknown = AccountId.of("SC-NONE");
    assertThatThrownBy(
            () ->
                stores
                    .cases()
                    .save(
                        CaseRecord.of(RecoveryCase.open(unknown, account(A.value()).stream())),
                        Versioned.NEW,
                        change("HO-1", 0, "opened")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.cases().recoveryCase(unknown)).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.RECOVERY_CASE, unknown.value())).isEmpty();
  }

  @Test
  void casesAreListedInAccountOrder() {
    stores.cases().save(caseWithEveryHold(B, "b"), Versioned.NEW, change("HO-1", 0, "b"));
    stores.cases().save(caseWithEveryHold(A, "a"), Versioned.NEW, change("HO-1", 1, "a"));

    assertThat(stores.cases().recoveryCases().map(c -> c.value().account())).containsExactly(A, B);
  }

  @Test
  void anArrangementReadsBackWithItsTermsApprovalAndEveryStateChange() {
    ArrangementRecord eventful = eventful("ARR-2", List.of(A, B), "Agreed by phone: \"ok\"");
    ArrangementRecord proposed =
        ArrangementRecord.proposed(RecordFixtures.arrangement("ARR-1", List.of(B), false));

    stores.arrangements().save(eventful, Versioned.NEW, change("HO-1", 0, "recorded"));
    stores.arrangements().save(proposed, Versioned.NEW, change("HO-1", 1, "proposed"));

    Versioned<ArrangementRecord> read =
        stores.arrangements().arrangement(ArrangementId.of("ARR-2")).orElseThrow();
    assertThat(read.version()).isEqualTo(1);
    assertSame(read.value(), eventful);
    assertThat(read.value().state()).isEqualTo(ArrangementState.CANCELLED);
    assertThat(read.value().history().get(1).expectedBalance()).isEqualTo(Money.ofPence(85_000));
    assertThat(read.value().history().get(1).actualBalance()).isEqualTo(Money.ofPence(-1_250));
    assertThat(stores.arrangements().arrangements().map(v -> v.value().id().value()))
        .containsExactly("ARR-1", "ARR-2");
    assertSame(
        stores.arrangements().arrangement(ArrangementId.of("ARR-1")).orElseThrow().value(),
        proposed);
    assertThat(stores.arrangements().arrangement(ArrangementId.of("ARR-3"))).isEmpty();
  }

  @Test
  void aStaleArrangementWriteFailsAndChangesNothing() {
    ArrangementRecord proposed =
        ArrangementRecord.proposed(RecordFixtures.arrangement("ARR-1", List.of(A), true));
    stores.arrangements().save(proposed, Versioned.NEW, change("HO-1", 0, "proposed"));
    ArrangementRecord cancelled =
        proposed.with(
            new StateChange(
                DAY,
                ArrangementState.PROPOSED,
                ArrangementState.CANCELLED,
                Money.ofPence(120_000),
                Money.ofPence(120_000),
                "withdrawn",
                Optional.of(MAKER)));
    stores.arrangements().save(cancelled, 1, change("HO-1", 1, "cancelled"));

    ArrangementRecord live = eventful("ARR-1", List.of(A), "late");
    assertThatThrownBy(() -> stores.arrangements().save(live, 1, change("HO-2", 2, "approved")))
        .isInstanceOf(StaleWriteException.class)
        .hasMessage(
            "stale write to ARRANGEMENT ARR-1: saved from version 1 but the stored version is 2;"
                + " nothing was written");

    Versioned<ArrangementRecord> stored =
        stores.arrangements().arrangement(ArrangementId.of("ARR-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertSame(stored.value(), cancelled);
    assertThat(stores.audit().history(AuditedEntity.ARRANGEMENT, "ARR-1"))
        .extracting(e -> e.change().by().reference())
        .containsExactly("HO-1", "HO-1");
  }

  @Test
  void anArrangementNeedsEveryAccountItCovers() {
    AccountId unknown = AccountId.of("SC-NONE");
    ArrangementRecord record =
        ArrangementRecord.proposed(RecordFixtures.arrangement("ARR-9", List.of(A, unknown), false));

    assertThatThrownBy(
            () -> stores.arrangements().save(record, Versioned.NEW, change("HO-1", 0, "x")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.arrangements().arrangement(ArrangementId.of("ARR-9"))).isEmpty();
  }

  @Test
  void aBillingRunIsPreparedApprovedAndPostedWithItsTrail() {
    BillingRunId id = BillingRunId.of("SC-EST-2025-26");
    BillingRun run = run("Service charge estimates 2025/26", A, B, "Demand", 98_765);
    Change prepared = change("HO-1", 0, "prepared");
    Change approved = change("HO-2", 5, "approved");
    Change posted =
        Change.of(Actor.system("nightly-billing"), Instant.parse("2025-06-03T01:00:00Z"), "posted");

    stores.runs().prepare(id, run, prepared);
    assertThat(stores.runs().billingRun(id))
        .contains(
            new StoredBillingRun(
                id,
                run,
                com.google.common.collect.ImmutableList.of(
                    new BillingRunStep(BillingRunStatus.PREPARED, prepared))));
    assertThatThrownBy(() -> stores.runs().post(id, posted))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("billing run SC-EST-2025-26 is PREPARED; only a APPROVED run can be posted");
    assertThat(stores.ledgers().ledger(A).entries()).isEmpty();

    stores.runs().approve(id, approved);
    assertThatThrownBy(() -> stores.runs().approve(id, approved))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("billing run SC-EST-2025-26 is APPROVED; only a PREPARED run can be approved");

    BillingRunResult result = stores.runs().post(id, posted);

    assertThat(result.added()).isEqualTo(3);
    assertThat(stores.ledgers().ledger(A).balanceAt(DAY.plusYears(1)))
        .isEqualTo(Money.ofPence(98_765));
    assertThat(stores.ledgers().ledger(B).balanceAt(DAY.plusYears(1)))
        .isEqualTo(Money.ofPence(25_000 - 4_321));
    assertThat(stores.ledgers().ledger(B).entries())
        .extracting(p -> p.entry().kind())
        .containsExactly(EntryKind.CHARGE, EntryKind.CREDIT);
    StoredBillingRun stored = stores.runs().billingRun(id).orElseThrow();
    assertThat(stored.status()).isEqualTo(BillingRunStatus.POSTED);
    assertThat(stored.trail())
        .containsExactly(
            new BillingRunStep(BillingRunStatus.PREPARED, prepared),
            new BillingRunStep(BillingRunStatus.APPROVED, approved),
            new BillingRunStep(BillingRunStatus.POSTED, posted));
    assertThat(stores.audit().history(AuditedEntity.BILLING_RUN, id.value()))
        .containsExactly(
            new AuditEntry(AuditedEntity.BILLING_RUN, id.value(), 1, prepared),
            new AuditEntry(AuditedEntity.BILLING_RUN, id.value(), 2, approved),
            new AuditEntry(AuditedEntity.BILLING_RUN, id.value(), 3, posted));

    // posting again adds nothing and records nothing
    assertThat(stores.runs().post(id, change("HO-3", 9, "again")).posted()).isEmpty();
    assertThat(stores.ledgers().ledger(A).entries()).hasSize(1);
    assertThat(stores.runs().billingRun(id).orElseThrow().trail()).hasSize(3);
  }

  @Test
  void aCorrectedRunPostsOnlyTheDifferences() {
    stores
        .runs()
        .prepare(BillingRunId.of("R1"), run("first", A, B, "D", 10_000), change("HO-1", 0, "p"));
    stores.runs().approve(BillingRunId.of("R1"), change("HO-2", 1, "a"));
    stores.runs().post(BillingRunId.of("R1"), change("HO-2", 2, "posted"));
    stores
        .runs()
        .prepare(BillingRunId.of("R2"), run("revised", A, B, "D", 12_500), change("HO-1", 3, "p"));
    stores.runs().approve(BillingRunId.of("R2"), change("HO-2", 4, "a"));

    BillingRunResult result =
        stores.runs().post(BillingRunId.of("R2"), change("HO-2", 5, "posted"));

    assertThat(result.posted()).hasSize(1);
    PostedEntry adjustment = result.posted().get(0).posted();
    assertThat(adjustment.entry().kind()).isEqualTo(EntryKind.ADJUSTMENT);
    assertThat(adjustment.entry().amount()).isEqualTo(Money.ofPence(2_500));
    assertThat(stores.ledgers().ledger(A).balanceAt(DAY.plusYears(1)))
        .isEqualTo(Money.ofPence(12_500));
  }

  @Test
  void aRunIsKeptOnceAndOnlyForKnownAccounts() {
    BillingRunId id = BillingRunId.of("R1");
    stores.runs().prepare(id, run("first", A, B, "D", 10_000), change("HO-1", 0, "p"));

    assertThatThrownBy(
            () -> stores.runs().prepare(id, run("other", A, B, "D", 1), change("HO-1", 1, "p")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("billing run R1 is already kept");
    assertThat(stores.runs().billingRun(id).orElseThrow().run().name()).isEqualTo("first");
    assertThatThrownBy(
            () ->
                stores
                    .runs()
                    .prepare(
                        BillingRunId.of("R2"),
                        run("x", A, AccountId.of("SC-NONE"), "D", 1),
                        change("HO-1", 2, "p")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.runs().billingRun(BillingRunId.of("R2"))).isEmpty();
    assertThatThrownBy(() -> stores.runs().approve(BillingRunId.of("R3"), change("HO-1", 3, "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no billing run R3 is kept");
  }

  @Test
  void theAuditLogKeepsWhoWhatAndWhenToTheMicrosecondInOrder() {
    Instant at = Instant.parse("2025-06-02T23:59:59.999999999Z");
    AuditEntry first =
        new AuditEntry(
            AuditedEntity.RECOVERY_CASE,
            A.value(),
            1,
            Change.of(Actor.system("sweep"), at, "stage entered: REMINDER_1"));
    AuditEntry second =
        new AuditEntry(
            AuditedEntity.RECOVERY_CASE,
            A.value(),
            2,
            Change.of(Actor.officer(MAKER), at.minusSeconds(3600), "hold added"));
    stores.audit().record(first);
    stores.audit().record(second);
    stores.audit().record(new AuditEntry(AuditedEntity.ARRANGEMENT, A.value(), 1, first.change()));

    assertThat(first.change().at()).isEqualTo(Instant.parse("2025-06-02T23:59:59.999999Z"));
    assertThat(stores.audit().history(AuditedEntity.RECOVERY_CASE, A.value()))
        .containsExactly(first, second);
    assertThat(stores.audit().history(AuditedEntity.RECOVERY_CASE, B.value())).isEmpty();
  }

  /** Arrangement records have no equals: compare what they hold. */
  @Test
  void aContactLogReadsBackWithEveryKindDirectionAndReplyInAppendOrder() {
    List<ContactEntry> entries = contacts("C-", "Spoke to Mr O'Brien; \"will pay Friday\"");
    int minute = 0;
    for (ContactEntry entry : entries) {
      ContactLog log = stores.contacts().append(A, entry, change("HO-1", minute++, "contact"));
      assertThat(log.entries()).endsWith(entry);
    }
    ContactLog replied =
        stores
            .contacts()
            .recordReply(
                A,
                ContactId.of("C-3"),
                new Reply(DAY.plusDays(4), CHECKER),
                change("HO-2", minute, "reply"));

    List<ContactEntry> expected =
        entries.stream()
            .map(
                e ->
                    e.id().value().equals("C-3")
                        ? e.withReply(new Reply(DAY.plusDays(4), CHECKER))
                        : e)
            .toList();
    assertThat(replied.entries()).containsExactlyElementsOf(expected);
    ContactLog read = stores.contacts().contactLog(A);
    assertThat(read.account()).isEqualTo(A);
    assertThat(read.entries()).containsExactlyElementsOf(expected);
    assertThat(read.entries().get(9).on()).isEqualTo(DAY.minusDays(30));
    assertThat(read.find(ContactId.of("C-4")).orElseThrow().reply())
        .contains(new Reply(DAY.plusDays(8), CHECKER));
    assertThat(read.find(ContactId.of("C-1")).orElseThrow().replyDue()).isEmpty();
    assertThat(read.awaitingReply(DAY.plusDays(6)))
        .extracting(e -> e.id().value())
        .containsExactly("C-4", "C-7");
    assertThat(stores.contacts().contactLog(B).entries()).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.CONTACT_LOG, A.value()))
        .hasSize(11)
        .extracting(AuditEntry::version)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(stores.audit().history(AuditedEntity.CONTACT_LOG, A.value()).get(10).change())
        .isEqualTo(change("HO-2", 10, "reply"));
  }

  @Test
  void aContactIsAppendedOnceAndRepliedToOnceAndARefusalChangesNothing() {
    List<ContactEntry> entries = contacts("C-", "first");
    stores.contacts().append(A, entries.get(2), change("HO-1", 0, "contact"));
    stores
        .contacts()
        .recordReply(
            A, ContactId.of("C-3"), new Reply(DAY.plusDays(3), CHECKER), change("HO-1", 1, "r"));
    List<ContactEntry> before = stores.contacts().contactLog(A).entries();

    ContactEntry sameId = contacts("C-", "another outcome").get(2);
    assertThatThrownBy(() -> stores.contacts().append(A, sameId, change("HO-2", 2, "again")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account SC-200001: contact C-3 is already in the log");
    assertThatThrownBy(
            () ->
                stores
                    .contacts()
                    .recordReply(
                        A,
                        ContactId.of("C-3"),
                        new Reply(DAY.plusDays(5), CHECKER),
                        change("HO-2", 2, "second reply")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account SC-200001: contact C-3 already has a reply on 2025-06-05");
    assertThatThrownBy(
            () ->
                stores
                    .contacts()
                    .recordReply(
                        A,
                        ContactId.of("C-99"),
                        new Reply(DAY, CHECKER),
                        change("HO-2", 2, "no such contact")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account SC-200001: contact C-99 is not in the log");
    AccountId unknown = AccountId.of("SC-999999");
    assertThatThrownBy(() -> stores.contacts().append(unknown, sameId, change("HO-2", 2, "x")))
        .isInstanceOf(UnknownAccountException.class);
    assertThatThrownBy(
            () ->
                stores
                    .contacts()
                    .recordReply(
                        unknown,
                        ContactId.of("C-3"),
                        new Reply(DAY, CHECKER),
                        change("HO-2", 2, "x")))
        .isInstanceOf(UnknownAccountException.class);

    assertThat(stores.contacts().contactLog(A).entries()).containsExactlyElementsOf(before);
    assertThat(stores.contacts().contactLog(unknown).entries()).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.CONTACT_LOG, A.value()))
        .extracting(AuditEntry::version)
        .containsExactly(1L, 2L);
    assertThat(stores.audit().history(AuditedEntity.CONTACT_LOG, unknown.value())).isEmpty();
  }

  @Test
  void issuedNoticesReadBackPerAccountInDateOrderWithEveryServiceMethod() {
    List<IssuedNotice> kept =
        List.of(
            notice(A, "LBA-1", DAY.plusDays(9), ServiceMethod.FIRST_CLASS_POST, "doc/1"),
            notice(A, "S20B", DAY, ServiceMethod.SECOND_CLASS_POST, "doc/2"),
            notice(A, "S166", DAY.plusDays(9), ServiceMethod.HAND_DELIVERY, "doc/3"),
            notice(A, "S146", DAY.minusDays(40), ServiceMethod.PERSONAL, "doc/4"),
            notice(A, "SUMMARY", DAY.plusDays(1), ServiceMethod.EMAIL, "doc/5"));
    int minute = 0;
    for (IssuedNotice notice : kept) {
      stores.notices().recordIssued(notice, change("HO-1", minute++, "issued"));
    }
    IssuedNotice onB = notice(B, "LBA-1", DAY, ServiceMethod.EMAIL, "doc/6");
    stores.notices().recordIssued(onB, change("HO-1", minute, "issued"));

    assertThat(stores.notices().issuedNotices(A))
        .containsExactly(kept.get(3), kept.get(1), kept.get(4), kept.get(0), kept.get(2));
    assertThat(stores.notices().issuedNotices(B)).containsExactly(onB);
    assertThat(stores.notices().issuedNotices(AccountId.of("SC-999999"))).isEmpty();
    assertThat(stores.notices().issuedNotices(A).get(0).deemedServed())
        .isEqualTo(DAY.minusDays(37));
    assertThat(stores.audit().history(AuditedEntity.ISSUED_NOTICE, A.value()))
        .extracting(AuditEntry::version, e -> e.change().at())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, change("HO-1", 0, "x").at()),
            org.assertj.core.groups.Tuple.tuple(2L, change("HO-1", 1, "x").at()),
            org.assertj.core.groups.Tuple.tuple(3L, change("HO-1", 2, "x").at()),
            org.assertj.core.groups.Tuple.tuple(4L, change("HO-1", 3, "x").at()),
            org.assertj.core.groups.Tuple.tuple(5L, change("HO-1", 4, "x").at()));
    assertThat(stores.audit().history(AuditedEntity.ISSUED_NOTICE, B.value()))
        .containsExactly(
            new AuditEntry(AuditedEntity.ISSUED_NOTICE, B.value(), 1, change("HO-1", 5, "issued")));
  }

  @Test
  void aNoticeNeedsItsAccount() {
    AccountId unknown = AccountId.of("SC-999999");
    assertThatThrownBy(
            () ->
                stores
                    .notices()
                    .recordIssued(
                        notice(unknown, "LBA-1", DAY, ServiceMethod.EMAIL, "doc/1"),
                        change("HO-1", 0, "issued")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.notices().issuedNotices(unknown)).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.ISSUED_NOTICE, unknown.value())).isEmpty();
  }

  @Test
  void aWriteOffReadsBackWithItsProposalBandStepsAndEntries() {
    WriteOffRecord full = reinstatedWriteOff("WO-2", A, "O'Brien's estate found");
    WriteOffRecord bare = declinedWriteOff("WO-1", A);
    WriteOffRecord onB = declinedWriteOff("WO-0", B);

    assertThat(stores.writeOffs().save(full, Versioned.NEW, change("HO-1", 0, "w")).version())
        .isEqualTo(1);
    stores.writeOffs().save(bare, Versioned.NEW, change("HO-1", 1, "w"));
    stores.writeOffs().save(onB, Versioned.NEW, change("HO-1", 2, "w"));

    Versioned<WriteOffRecord> read =
        stores.writeOffs().writeOff(WriteOffReference.of("WO-2")).orElseThrow();
    assertThat(read.version()).isEqualTo(1);
    assertThat(fields(read.value())).isEqualTo(fields(full));
    assertThat(read.value().state()).isEqualTo(WriteOffState.REINSTATED);
    assertThat(read.value().requirement().band().orElseThrow().below())
        .contains(Money.ofPence(500_000));
    assertThat(stores.writeOffs().writeOffs(A))
        .extracting(v -> fields(v.value()))
        .containsExactly(fields(bare), fields(full));
    assertThat(stores.writeOffs().writeOffs(B))
        .extracting(v -> fields(v.value()))
        .containsExactly(fields(onB));
    assertThat(stores.writeOffs().writeOff(WriteOffReference.of("WO-9"))).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.WRITE_OFF, "WO-2"))
        .containsExactly(
            new AuditEntry(AuditedEntity.WRITE_OFF, "WO-2", 1, change("HO-1", 0, "w")));
  }

  @Test
  void aStaleWriteOffSaveFailsAndChangesNothing() {
    WriteOffRecord declined = declinedWriteOff("WO-1", A);
    stores.writeOffs().save(declined, Versioned.NEW, change("HO-1", 0, "proposed"));
    WriteOffRecord rewritten = reinstatedWriteOff("WO-1", A, "rewrite");
    Versioned<WriteOffRecord> second =
        stores.writeOffs().save(rewritten, 1, change("HO-2", 1, "rewritten"));
    assertThat(second.version()).isEqualTo(2);

    for (long stale : List.of(Versioned.NEW, 1L, 3L)) {
      assertThatThrownBy(() -> stores.writeOffs().save(declined, stale, change("HO-3", 2, "stale")))
          .isInstanceOf(StaleWriteException.class)
          .hasMessage(
              "stale write to WRITE_OFF WO-1: saved from version "
                  + stale
                  + " but the stored version is 2; nothing was written");
    }
    Versioned<WriteOffRecord> stored =
        stores.writeOffs().writeOff(WriteOffReference.of("WO-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(fields(stored.value())).isEqualTo(fields(rewritten));
    assertThat(stores.audit().history(AuditedEntity.WRITE_OFF, "WO-1"))
        .extracting(AuditEntry::version)
        .containsExactly(1L, 2L);

    assertThatThrownBy(
            () ->
                stores
                    .writeOffs()
                    .save(
                        declinedWriteOff("WO-5", AccountId.of("SC-999999")),
                        Versioned.NEW,
                        change("HO-1", 3, "x")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.writeOffs().writeOff(WriteOffReference.of("WO-5"))).isEmpty();
  }

  @Test
  void aCaseKeepsItsLetterOfClaimAndForfeitureFacts() {
    CourtCases court = CourtFixtures.full("K1", "x");
    // the letter dated 3 February 2025 went without the financial statement; the Reply Form came
    // back on 20 February seeking debt advice; documents were asked for on 21 February and sent on
    // 28 February
    LetterOfClaim letter =
        LetterOfClaim.sent(LocalDate.of(2025, 2, 3))
            .withEnclosures(
                ImmutableSet.of(
                    Enclosure.REPLY_FORM,
                    Enclosure.STATEMENT_OF_ACCOUNT,
                    Enclosure.INFORMATION_SHEET))
            .withReplySeekingAdvice(LocalDate.of(2025, 2, 20))
            .withDocuments(LocalDate.of(2025, 2, 21), Optional.of(LocalDate.of(2025, 2, 28)));
    ForfeitureFacts facts =
        new ForfeitureFacts(
                ImmutableList.of(
                    new Section81Finding(
                        ImmutableSet.of(EntryId.of(3), EntryId.of(4)),
                        Section81Finding.Kind.ADMISSION,
                        LocalDate.of(2024, 11, 5)),
                    new Section81Finding(
                        ImmutableSet.of(),
                        Section81Finding.Kind.ADMISSION,
                        LocalDate.of(2025, 1, 6))),
                true,
                Optional.of(LocalDate.of(2025, 9, 1)))
            .withDeterminationsFrom(court);
    CaseRecord record =
        caseWithEveryHold(A, "held").withLetterOfClaim(letter).withForfeitureFacts(facts);

    stores.cases().save(record, Versioned.NEW, change("HO-1", 0, "letter of claim sent"));

    CaseRecord read = stores.cases().recoveryCase(A).orElseThrow().value();
    assertThat(read).isEqualTo(record);
    assertThat(read.letterOfClaim().orElseThrow().enclosures())
        .containsExactly(
            Enclosure.REPLY_FORM, Enclosure.STATEMENT_OF_ACCOUNT, Enclosure.INFORMATION_SHEET);
    assertThat(read.letterOfClaim().orElseThrow().seekingDebtAdvice()).isTrue();
    assertThat(read.forfeitureFacts().findings())
        .extracting(Section81Finding::kind, Section81Finding::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Section81Finding.Kind.ADMISSION, LocalDate.of(2024, 11, 5)),
            org.assertj.core.groups.Tuple.tuple(
                Section81Finding.Kind.ADMISSION, LocalDate.of(2025, 1, 6)),
            org.assertj.core.groups.Tuple.tuple(
                Section81Finding.Kind.FINAL_DETERMINATION, LocalDate.of(2025, 8, 12)));
    assertThat(read.forfeitureFacts().findings().get(2).charges()).containsExactly(EntryId.of(14));

    // a plain letter with every enclosure and no reply, and no forfeiture facts, replace them
    CaseRecord plain =
        CaseRecord.of(record.recoveryCase())
            .withLetterOfClaim(LetterOfClaim.sent(LocalDate.of(2025, 3, 3)));
    stores.cases().save(plain, 1, change("HO-1", 1, "letter reissued"));
    assertThat(stores.cases().recoveryCase(A)).contains(new Versioned<>(plain, 2));
    assertThat(plain.forfeitureFacts()).isEqualTo(ForfeitureFacts.none());

    // a stale save keeps neither its letter nor its facts
    assertThatThrownBy(() -> stores.cases().save(record, 1, change("HO-2", 2, "stale")))
        .isInstanceOf(StaleWriteException.class);
    assertThat(stores.cases().recoveryCase(A)).contains(new Versioned<>(plain, 2));

    CaseRecord none = CaseRecord.of(record.recoveryCase());
    stores.cases().save(none, 2, change("HO-1", 3, "letter withdrawn"));
    assertThat(stores.cases().recoveryCase(A)).contains(new Versioned<>(none, 3));
    assertThat(stores.cases().recoveryCases()).extracting(Versioned::value).containsExactly(none);
  }

  @Test
  void courtAndTribunalCasesReadBackWithEveryFieldAndTheirFigures() {
    CourtCases cases = CourtFixtures.full("K1QZ", "Zoë O'Brien's hearing");

    Versioned<CourtCases> saved =
        stores.courts().save(A, cases, Versioned.NEW, change("HO-1", 0, "claim issued"));

    assertThat(saved).isEqualTo(new Versioned<>(cases, 1));
    Versioned<CourtCases> read = stores.courts().courtCases(A).orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(stores.courts().courtCases(B)).isEmpty();
    CountyCourtClaim claim = read.value().claims().get(0);
    assertThat(claim.interest().orElseThrow().total()).isEqualTo(Money.parse("52.71"));
    assertThat(claim.interest().orElseThrow().dailyRate()).isEqualTo(Money.parse("0.41"));
    assertThat(claim.interest().orElseThrow().daysCounted()).isEqualTo(130);
    assertThat(claim.interest().orElseThrow().daysExcluded()).isEqualTo(30);
    assertThat(claim.amountClaimed()).isEqualTo(Money.parse("1902.71"));
    assertThat(claim.fee()).isEqualTo(Money.parse("115.00"));
    assertThat(claim.hearings()).hasSize(2);
    Judgment judgment = claim.judgment().orElseThrow();
    assertThat(judgment.interest()).isEqualTo(Money.parse("64.19"));
    assertThat(judgment.total()).isEqualTo(Money.parse("2029.19"));
    assertThat(judgment.unpaidOn(LocalDate.of(2025, 7, 8))).isEqualTo(Money.parse("1729.19"));
    assertThat(judgment.inDefaultOn(LocalDate.of(2025, 6, 8))).isTrue();
    assertThat(judgment.inDefaultOn(LocalDate.of(2025, 6, 9))).isFalse();
    assertThat(judgment.inDefaultOn(LocalDate.of(2025, 7, 8))).isTrue();
    CountyCourtClaim inFull = read.value().claims().get(1);
    assertThat(inFull.interest().orElseThrow().annualRatePercent()).isEqualTo("7.50");
    assertThat(inFull.interest().orElseThrow().ratePeriods())
        .extracting(p -> p.annualRatePercent().toString())
        .containsExactly("7.25", "7.5");
    assertThat(inFull.judgment().orElseThrow().unpaidOn(LocalDate.of(2024, 4, 16)))
        .isEqualTo(Money.ZERO);
    assertThat(read.value().liveClaimsOn(LocalDate.of(2025, 3, 31)))
        .extracting(CountyCourtClaim::claimNumber)
        .containsExactly(ClaimNumber.of("K1QZ/1"));
    assertThat(read.value().tribunalApplications().get(0).determination().orElseThrow())
        .satisfies(d -> assertThat(d.isFinalBy(LocalDate.of(2025, 8, 12))).isTrue());
    assertThat(
            read.value().pendingEnforcementsOn(ClaimNumber.of("K1QZ/1"), LocalDate.of(2025, 9, 1)))
        .extracting(EnforcementApplication::method)
        .containsExactly(EnforcementMethod.WARRANT_OF_CONTROL);
    assertThat(stores.audit().history(AuditedEntity.COURT_CASES, A.value()))
        .containsExactly(
            new AuditEntry(
                AuditedEntity.COURT_CASES, A.value(), 1, change("HO-1", 0, "claim issued")));

    CourtCases paid =
        new CourtCases(
            ImmutableList.of(
                CountyCourtClaim.builder()
                    .from(claim)
                    .judgment(judgment.withPayment(LocalDate.of(2025, 7, 7), Money.parse("150.00")))
                    .build()),
            ImmutableList.of(),
            ImmutableList.of(cases.enforcements().get(1)));
    Versioned<CourtCases> second =
        stores.courts().save(A, paid, 1, change("HO-2", 1, "payment recorded"));
    assertThat(second.version()).isEqualTo(2);
    assertThat(stores.courts().courtCases(A)).contains(new Versioned<>(paid, 2));

    stores.courts().save(A, CourtCases.none(), 2, change("HO-2", 2, "entered in error"));
    assertThat(stores.courts().courtCases(A)).contains(new Versioned<>(CourtCases.none(), 3));
    assertThat(stores.audit().history(AuditedEntity.COURT_CASES, A.value()))
        .extracting(AuditEntry::version)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void aStaleCourtCasesSaveFailsNamingBothVersionsAndChangesNothing() {
    CourtCases first = CourtFixtures.full("K1", "first");
    stores.courts().save(A, first, Versioned.NEW, change("HO-1", 0, "issued"));
    CourtCases second = CourtFixtures.full("K2", "second");
    stores.courts().save(A, second, 1, change("HO-1", 1, "rewritten"));

    for (long stale : List.of(Versioned.NEW, 1L, 3L)) {
      assertThatThrownBy(
              () -> stores.courts().save(A, first, stale, change("HO-2", 2, "officer two")))
          .isInstanceOfSatisfying(
              StaleWriteException.class,
              e -> {
                assertThat(e.entity()).isEqualTo(AuditedEntity.COURT_CASES);
                assertThat(e.entityId()).isEqualTo(A.value());
                assertThat(e.expectedVersion()).isEqualTo(stale);
                assertThat(e.storedVersion()).isEqualTo(2);
              })
          .hasMessage(
              "stale write to COURT_CASES SC-200001: saved from version "
                  + stale
                  + " but the stored version is 2; nothing was written");
    }
    assertThat(stores.courts().courtCases(A)).contains(new Versioned<>(second, 2));
    assertThat(stores.audit().history(AuditedEntity.COURT_CASES, A.value()))
        .extracting(AuditEntry::version)
        .containsExactly(1L, 2L);
    assertThatThrownBy(() -> stores.courts().save(B, first, 1, change("HO-2", 3, "never stored")))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("saved from version 1 but the stored version is 0");
    assertThat(stores.courts().courtCases(B)).isEmpty();
  }

  @Test
  void courtCasesNeedTheirAccount() {
    AccountId unknown = AccountId.of("SC-999999");

    assertThatThrownBy(
            () ->
                stores
                    .courts()
                    .save(
                        unknown,
                        CourtFixtures.full("K1", "x"),
                        Versioned.NEW,
                        change("HO-1", 0, "issued")))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(stores.courts().courtCases(unknown)).isEmpty();
    assertThat(stores.audit().history(AuditedEntity.COURT_CASES, unknown.value())).isEmpty();
  }

  static void assertSame(ArrangementRecord actual, ArrangementRecord expected) {
    assertThat(actual.arrangement()).isEqualTo(expected.arrangement());
    assertThat(actual.approval()).isEqualTo(expected.approval());
    assertThat(actual.history()).isEqualTo(expected.history());
  }
}
