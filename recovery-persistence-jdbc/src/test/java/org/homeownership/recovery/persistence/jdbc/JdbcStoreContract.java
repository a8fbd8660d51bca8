package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.APRIL;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.account;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.charge;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.payment;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.GroundRentTerms;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.lease.InterestClause;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.RightToBuyEstimate;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.ExternalReferenceConflictException;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.InvalidPostingException;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database must show through {@link JdbcStore}: the same suite runs on H2 and
 * on PostgreSQL. Each test gets a new, empty, migrated database.
 */
abstract class JdbcStoreContract {

  private static final AccountId A = AccountId.of("SC-100001");
  private static final AccountId B = AccountId.of("SC-100002");

  /** Strings that break naive SQL, escaping, encodings or column sizes. */
  private static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "'; DROP TABLE ledger_entry; --",
          "Robert'); DELETE FROM debtor_account WHERE ('1'='1",
          "\" OR \"\"=\"",
          "back\\slash \\' \\\\",
          "tab\tnew\nline\rreturn\u0001\u001f\u007f\u0085",
          "  leading and trailing spaces  ",
          "%_ like wildcards %",
          "Zoë Łukasiewicz-Ñúñez 王秀英 Владимир محمد",
          "emoji 🏠💷 and combining e\u0301",
          "right-to-left \u202e override \u200b zero width",
          "$1 ? :name ${placeholder} {fn now()}",
          "x".repeat(100_000));

  protected DataSource dataSource;
  protected JdbcStore store;

  /** A new, empty database for one test. */
  protected abstract DataSource newDatabase() throws Exception;

  /** Frees what {@link #newDatabase} made. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void migrate() throws Exception {
    dataSource = newDatabase();
    // Every migration shipped applies to a new database, and running again applies none.
    assertThat(RecoverySchema.migrate(dataSource))
        .isEqualTo(RecoverySchema.configure(dataSource).info().all().length);
    assertThat(RecoverySchema.migrate(dataSource)).isZero();
    store = new JdbcStore(dataSource);
  }

  @AfterEach
  void drop() throws Exception {
    dropDatabase();
  }

  @Test
  void everyEntryKindReadsBackEqualToWhatWasPosted() {
    store.save(account(A.value()));
    InMemoryStore memory = new InMemoryStore();
    memory.save(account(A.value()));
    List<LedgerEntry> entries = new ArrayList<>(Fixtures.everyKindButReversal());
    List<PostingResult> results = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      results.add(store.post(A, entry));
      memory.post(A, entry);
    }
    PostedEntry payment = results.get(4).posted();
    Reversal reversal =
        Reversal.of(
            payment, APRIL.plusDays(20), "Returned: insufficient funds", "ARUDD-20250421-0012");
    PostingResult reversed = store.post(A, reversal);
    memory.post(A, reversal);
    entries.add(reversal);
    results.add(reversed);

    Ledger ledger = store.ledger(A);

    assertThat(results).noneMatch(PostingResult::alreadyPosted);
    assertThat(ledger.entries()).extracting(PostedEntry::entry).containsExactlyElementsOf(entries);
    assertThat(ledger.entries())
        .containsExactlyElementsOf(results.stream().map(r -> r.posted()).toList());
    assertThat(ledger.entries()).extracting(p -> p.entry().kind()).contains(EntryKind.values());
    assertThat(ledger.entries())
        .extracting(PostedEntry::id)
        .isSortedAccordingTo(EntryId::compareTo)
        .doesNotHaveDuplicates();
    // debits 151,463p less credits 57,435p, plus the reversed payment of 50,000p
    assertThat(ledger.balanceAt(APRIL.plusYears(1))).isEqualTo(Money.ofPence(144_028));
    assertThat(ledger.balanceAt(APRIL.plusDays(19))).isEqualTo(Money.ofPence(94_028));
    assertThat(ledger.balanceAt(APRIL.plusYears(1)))
        .isEqualTo(memory.ledger(A).balanceAt(APRIL.plusYears(1)));
    assertThat(ledger.statement(new DateRange(APRIL, APRIL.plusYears(1))).toText())
        .isEqualTo(memory.ledger(A).statement(new DateRange(APRIL, APRIL.plusYears(1))).toText());
  }

  @Test
  void accountsWithJointPartiesAndOverseasAddressesReadBackEqual() {
    DebtorAccount joint = Fixtures.jointOverseasAccount("MW-2001");
    DebtorAccount single = account("SC-2002");
    store.save(joint);
    store.save(single);

    assertThat(store.find(joint.id())).contains(joint);
    assertThat(store.find(single.id())).contains(single);
    assertThat(store.find(joint.id()).orElseThrow().parties())
        .extracting(p -> p.id().value())
        .containsExactly("P-1", "P-2", "P-3");
    assertThat(store.find(joint.id()).orElseThrow().correspondenceAddress().isOverseas()).isTrue();
    assertThat(store.find(AccountId.of("NOPE-1"))).isEmpty();
  }

  @Test
  void savingAnAccountAgainReplacesItAndKeepsItsLedger() {
    DebtorAccount joint = Fixtures.jointOverseasAccount("MW-3001");
    store.save(joint);
    store.post(joint.id(), charge("BILL-1", 10_000));
    DebtorAccount movedBack =
        DebtorAccount.builder()
            .from(joint)
            .parties(List.of(joint.parties().get(2), joint.parties().get(0)))
            .correspondenceAddress(
                PostalAddress.builder()
                    .addLines("2 Test Road")
                    .town("Leeds")
                    .postcode("LS1 1AA")
                    .build())
            .build();

    store.save(movedBack);

    assertThat(store.find(joint.id())).contains(movedBack);
    assertThat(store.ledger(joint.id()).balanceAt(APRIL)).isEqualTo(Money.ofPence(10_000));
    assertThat(countRows("account_party")).isEqualTo(2);
    assertThat(countRows("correspondence_address")).isEqualTo(1);
  }

  @Test
  void allStreamsEveryAccountInIdOrder() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(String.format("SC-%05d", i * 7919 % 100_000));
    }
    ids.add("Z-last");
    ids.add("A-first");
    ids.add("a-lower");
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(6));
    shuffled.forEach(id -> store.save(account(id)));

    List<String> read;
    try (Stream<DebtorAccount> all = store.all()) {
      read = all.map(a -> a.id().value()).toList();
    }

    assertThat(read).hasSize(43).isSorted().containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void postingTheSameExternalReferenceAgainReturnsTheEntryAlreadyPosted() {
    store.save(account(A.value()));
    Payment payment = payment("BANK-77", 12_345, APRIL);

    PostingResult first = store.post(A, payment);
    PostingResult second = store.post(A, payment);

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(second.alreadyPosted()).isTrue();
    assertThat(second.posted()).isEqualTo(first.posted());
    assertThat(store.ledger(A).entries()).hasSize(1);
    assertThat(store.ledger(A).balanceAt(APRIL)).isEqualTo(Money.ofPence(-12_345));
  }

  @Test
  void theSameExternalReferenceOnAnotherAccountIsAnotherEntry() {
    store.save(account(A.value()));
    store.save(account(B.value()));

    PostingResult onA = store.post(A, payment("BANK-1", 100, APRIL));
    PostingResult onB = store.post(B, payment("BANK-1", 100, APRIL));

    assertThat(onB.alreadyPosted()).isFalse();
    assertThat(onB.posted().id()).isGreaterThan(onA.posted().id());
    assertThat(countRows("ledger_entry")).isEqualTo(2);
  }

  @Test
  void anExternalReferenceWithOtherDetailsIsAConflictAndWritesNothing() {
    store.save(account(A.value()));
    PostingResult first = store.post(A, payment("BANK-9", 5_000, APRIL));

    assertThatThrownBy(() -> store.post(A, payment("BANK-9", 5_001, APRIL)))
        .isInstanceOf(ExternalReferenceConflictException.class)
        .hasMessageContaining("BANK-9")
        .hasMessageContaining(first.posted().id().toString());
    assertThatThrownBy(
            () ->
                store.post(
                    A,
                    Credit.builder()
                        .date(APRIL)
                        .amount(Money.ofPence(5_000))
                        .reason("same reference, other kind")
                        .externalReference("BANK-9")
                        .build()))
        .isInstanceOf(ExternalReferenceConflictException.class);

    assertThat(store.ledger(A).entries()).containsExactly(first.posted());
    assertThat(store.ledger(A).balanceAt(APRIL)).isEqualTo(Money.ofPence(-5_000));
  }

  @Test
  void reversalRulesAreEnforcedThroughTheStore() {
    store.save(account(A.value()));
    store.save(account(B.value()));
    PostedEntry payment = store.post(A, payment("DD-1", 8_000, APRIL.plusDays(5))).posted();
    PostedEntry onB = store.post(B, payment("DD-1", 8_000, APRIL.plusDays(5))).posted();

    assertThatThrownBy(
            () ->
                store.post(
                    A,
                    Reversal.of(
                        new PostedEntry(EntryId.of(999_999), payment.entry()), APRIL, "unknown")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("not on this account");
    assertThatThrownBy(() -> store.post(A, Reversal.of(onB, APRIL.plusDays(6), "other account")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("not on this account");
    assertThatThrownBy(() -> store.post(A, Reversal.of(payment, APRIL, "dated before")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("before entry");
    assertThatThrownBy(
            () ->
                store.post(
                    A,
                    ImmutableReversal.builder()
                        .from(Reversal.of(payment, APRIL.plusDays(6), "wrong amount"))
                        .amount(Money.ofPence(7_999))
                        .build()))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("must be a DEBIT of");
    assertThat(store.ledger(A).entries()).containsExactly(payment);

    Reversal returned = Reversal.of(payment, APRIL.plusDays(6), "ARUDD 0: refer to payer");
    PostingResult first = store.post(A, returned);
    PostingResult again = store.post(A, returned);

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(again.alreadyPosted()).isTrue();
    assertThat(again.posted()).isEqualTo(first.posted());
    assertThatThrownBy(() -> store.post(A, Reversal.of(payment, APRIL.plusDays(7), "second time")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("already reversed by entry " + first.posted().id());
    assertThat(store.ledger(A).entries()).containsExactly(payment, first.posted());
    assertThat(store.ledger(A).balanceAt(APRIL.plusDays(10))).isEqualTo(Money.ZERO);
  }

  @Test
  void anUnknownAccountIsReportedAndNothingIsWritten() {
    store.save(account(A.value()));
    AccountId unknown = AccountId.of("SC-404");

    assertThatThrownBy(() -> store.post(unknown, payment("X-1", 1, APRIL)))
        .isInstanceOf(UnknownAccountException.class)
        .hasMessageContaining("SC-404");
    assertThatThrownBy(() -> store.ledger(unknown)).isInstanceOf(UnknownAccountException.class);
    assertThatThrownBy(
            () ->
                store.postAll(
                    List.of(
                        new Posting(A, payment("X-2", 1, APRIL)),
                        new Posting(unknown, payment("X-3", 1, APRIL)))))
        .isInstanceOf(UnknownAccountException.class);
    assertThat(countRows("ledger_entry")).isZero();
  }

  @Test
  void aBatchWithOneBadEntryWritesNothingAndCanBeRunAgainOnceFixed() {
    store.save(account(A.value()));
    store.save(account(B.value()));
    PostedEntry earlier = store.post(B, payment("PAY-B-EARLY", 700, APRIL)).posted();
    List<Posting> batch = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      AccountId account = i % 2 == 0 ? A : B;
      batch.add(
          new Posting(account, payment("PAY-" + (account == A ? "A-" : "B-") + i, 100 + i, APRIL)));
    }
    // line 41 clashes with a payment already on B: same reference, another amount
    batch.set(41, new Posting(B, payment("PAY-B-EARLY", 701, APRIL)));

    assertThatThrownBy(() -> store.postAll(batch))
        .isInstanceOf(ExternalReferenceConflictException.class);
    assertThat(store.ledger(A).entries()).isEmpty();
    assertThat(store.ledger(B).entries()).containsExactly(earlier);

    // the council fixes line 41 and runs the file again, twice
    batch.set(41, new Posting(B, payment("PAY-B-EARLY", 700, APRIL)));
    List<PostingResult> firstRun = store.postAll(batch);
    List<PostingResult> secondRun = store.postAll(batch);

    assertThat(firstRun).hasSize(60);
    assertThat(firstRun.stream().filter(PostingResult::alreadyPosted).map(r -> r.posted()))
        .containsExactly(earlier);
    assertThat(secondRun).allMatch(PostingResult::alreadyPosted);
    assertThat(secondRun.stream().map(PostingResult::posted).toList())
        .isEqualTo(firstRun.stream().map(PostingResult::posted).toList());
    // A holds the 30 even lines: 100 + 102 + ... + 158 = 3,870p
    assertThat(store.ledger(A).balanceAt(APRIL)).isEqualTo(Money.ofPence(-3_870));
    // B holds 29 odd lines except 41 (3,900p - 141p) and the earlier 700p
    assertThat(store.ledger(B).balanceAt(APRIL)).isEqualTo(Money.ofPence(-(3_900 - 141 + 700)));
    assertThat(countRows("ledger_entry")).isEqualTo(60);
  }

  @Test
  void aBatchCanReverseAnEntryPostedEarlierInTheSameUnitOfWork() {
    store.save(account(A.value()));

    List<PostingResult> results =
        store.inTransaction(
            tx -> {
              PostingResult paid = tx.post(A, payment("CHQ-1", 2_500, APRIL));
              PostingResult bounced =
                  tx.post(A, Reversal.of(paid.posted(), APRIL.plusDays(3), "cheque returned"));
              return List.of(paid, bounced);
            });

    assertThat(store.ledger(A).entries())
        .containsExactly(results.get(0).posted(), results.get(1).posted());
    assertThat(store.ledger(A).balanceAt(APRIL)).isEqualTo(Money.ofPence(-2_500));
    assertThat(store.ledger(A).balanceAt(APRIL.plusDays(3))).isEqualTo(Money.ZERO);
  }

  @Test
  void aUnitOfWorkCommitsTogetherOrRollsBackTogether() {
    store.save(account(A.value()));

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.save(account(B.value()));
                      tx.post(B, charge("BILL-B", 9_999));
                      tx.post(A, payment("PAY-A", 1_000, APRIL));
                      assertThat(tx.ledger(B).entries()).hasSize(1);
                      throw new IllegalStateException("officer cancelled");
                    }))
        .hasMessage("officer cancelled");
    assertThat(store.find(B)).isEmpty();
    assertThat(store.ledger(A).entries()).isEmpty();
    assertThat(countRows("ledger_entry")).isZero();

    Money balance =
        store.inTransaction(
            tx -> {
              tx.save(account(B.value()));
              tx.post(B, charge("BILL-B", 9_999));
              tx.post(A, payment("PAY-A", 1_000, APRIL));
              try (Stream<DebtorAccount> all = tx.all()) {
                assertThat(all.count()).isEqualTo(2);
              }
              return tx.ledger(B).balanceAt(APRIL);
            });
    assertThat(balance).isEqualTo(Money.ofPence(9_999));
    assertThat(store.find(B)).contains(account(B.value()));
    assertThat(store.ledger(A).balanceAt(APRIL)).isEqualTo(Money.ofPence(-1_000));
  }

  @Test
  void hostileTextInEveryTextFieldReadsBackUnchanged() {
    int n = 0;
    for (String text : HOSTILE) {
      n++;
      String reference = text.length() > 255 ? text.substring(0, 255) : text;
      DebtorAccount account =
          DebtorAccount.builder().id(AccountId.of(limit(n + reference))).stream(
                  DebtStream.SUNDRY_DEBTS)
              .dwelling(DwellingId.of(limit(reference + n)))
              .tenure(Tenure.TENANTED)
              .addParties(
                  Party.builder()
                      .id(PartyId.of(limit("1" + reference)))
                      .role(PartyRole.SUNDRY_DEBTOR)
                      .name(text)
                      .email(text)
                      .telephone(text)
                      .build(),
                  Party.builder()
                      .id(PartyId.of(limit("2" + reference)))
                      .role(PartyRole.SUNDRY_DEBTOR)
                      .name("2" + text)
                      .build())
              .correspondenceAddress(
                  PostalAddress.builder()
                      .addLines(text, "2" + text, "3" + text, "4" + text)
                      .town(text)
                      .postcode(text)
                      // The core accepts only ISO 3166-1 alpha-2 codes here.
                      .countryCode("IE")
                      .build())
              .build();
      store.save(account);
      List<LedgerEntry> entries = hostileEntries(text, reference);
      for (LedgerEntry entry : entries) {
        store.post(account.id(), entry);
      }
      PostedEntry first = store.ledger(account.id()).entries().get(0);
      Reversal reversal = Reversal.of(first, APRIL.plusDays(1), text);
      store.post(account.id(), reversal);

      assertThat(store.find(account.id())).contains(account);
      assertThat(store.ledger(account.id()).entries())
          .extracting(PostedEntry::entry)
          .containsExactlyElementsOf(concat(entries, reversal));
    }
    assertThat(countRows("debtor_account")).isEqualTo(HOSTILE.size());
    assertThat(countRows("ledger_entry")).isEqualTo(HOSTILE.size() * 7L);
  }

  @Test
  void textTheDatabaseCannotKeepIsRefusedAndNothingIsWritten() {
    store.save(account(A.value()));

    assertThatThrownBy(() -> store.post(A, payment("R".repeat(256), 1, APRIL)))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessage(
            "account SC-100001: external reference has 256 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.post(
                    A,
                    Credit.builder().date(APRIL).amount(Money.ofPence(1)).reason("nul\0").build()))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessage(
            "account SC-100001: reason holds the character U+0000, which PostgreSQL cannot store");
    DebtorAccount nulName =
        DebtorAccount.builder()
            .from(account(B.value()))
            .parties(
                List.of(
                    Party.builder()
                        .id(PartyId.of("P-B"))
                        .role(PartyRole.LEASEHOLDER)
                        .name("Secret\0Name")
                        .build()))
            .build();
    assertThatThrownBy(() -> store.save(nulName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("party name holds the character U+0000, which PostgreSQL cannot store");
    assertThatThrownBy(() -> store.save(account("L".repeat(256))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dwelling id has 259 characters; the store keeps at most 255");

    assertThat(countRows("ledger_entry")).isZero();
    assertThat(countRows("debtor_account")).isEqualTo(1);
    assertThat(countRows("account_party")).isEqualTo(1);
  }

  @Test
  void thePortfolioStreamsEveryAccountWithItsLedgerInIdOrder() {
    Map<AccountId, Long> expected = new HashMap<>();
    for (int i = 29; i >= 0; i--) {
      AccountId id = AccountId.of(String.format("SC-%03d", i));
      store.save(account(id.value()));
      long balance = 0;
      for (int e = 0; e < i % 5; e++) {
        store.post(id, charge("BILL-" + e, 1_000 + i));
        store.post(id, payment("PAY-" + e, 100 * e + 1, APRIL));
        balance += 1_000 + i - (100 * e + 1);
      }
      expected.put(id, balance);
    }

    List<AccountLedger> swept;
    try (Stream<AccountLedger> portfolio = store.portfolio()) {
      swept = portfolio.toList();
    }

    assertThat(swept).extracting(s -> s.account().id().value()).isSorted().hasSize(30);
    for (AccountLedger item : swept) {
      assertThat(item.ledger().entries()).isEqualTo(store.ledger(item.account().id()).entries());
      assertThat(item.ledger().balanceAt(APRIL).pence())
          .isEqualTo(expected.get(item.account().id()));
      assertThat(item.account()).isEqualTo(account(item.account().id().value()));
    }
    assertThat(swept.stream().mapToInt(s -> s.ledger().entries().size()).sum())
        .isEqualTo(countRows("ledger_entry"))
        .isEqualTo(2 * 6 * (0 + 1 + 2 + 3 + 4));
  }

  @Test
  void aPortfolioStreamAbandonedEarlyGivesItsConnectionBack() {
    for (int i = 0; i < 5; i++) {
      store.save(account("SC-" + i));
    }
    for (int round = 0; round < 50; round++) {
      try (Stream<AccountLedger> portfolio = store.portfolio()) {
        assertThat(portfolio.findFirst().orElseThrow().account().id().value()).isEqualTo("SC-0");
      }
    }
    store.post(AccountId.of("SC-4"), charge("BILL-1", 1));
    assertThat(store.ledger(AccountId.of("SC-4")).entries()).hasSize(1);
  }

  /**
   * Another process inserts the same payment straight into the table, bypassing the account lock,
   * and commits while the store is posting it. On H2 the store's insert meets the unique key and
   * the transaction runs again; on PostgreSQL the other writer's foreign key check holds the
   * account row, so the store waits for it. Either way the payment is stored once.
   */
  @Test
  void aWriterThatBypassesTheLockIsCaughtByTheUniqueKey() throws Exception {
    store.save(account(A.value()));
    Payment payment = payment("FPS-RACE", 4_200, APRIL);
    Set<EntryId> rawIds = new HashSet<>();

    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement insert =
          other.prepareStatement(
              "INSERT INTO ledger_entry (account_id, kind, direction, entry_date, amount_pence,"
                  + " external_reference, payment_method) VALUES (?, 'PAYMENT', 'CREDIT', ?, 4200,"
                  + " 'FPS-RACE', 'BANK_TRANSFER')",
              new String[] {"entry_id"})) {
        insert.setString(1, A.value());
        insert.setObject(2, APRIL);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          rawIds.add(EntryId.of(keys.getLong(1)));
        }
      }
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        CountDownLatch started = new CountDownLatch(1);
        Future<PostingResult> posting =
            thread.submit(
                () -> {
                  started.countDown();
                  return store.post(A, payment);
                });
        started.await();
        Thread.sleep(50);
        other.commit();

        PostingResult result = posting.get(30, TimeUnit.SECONDS);
        other.setAutoCommit(true);

        assertThat(result.alreadyPosted()).isTrue();
        assertThat(rawIds).containsExactly(result.posted().id());
      } finally {
        thread.shutdownNow();
      }
    }
    assertThat(store.ledger(A).entries()).hasSize(1);
  }

  @Test
  void aTransactionThatClashesWithAnotherWriterRunsAgain() {
    store.save(account(A.value()));
    AtomicInteger commits = new AtomicInteger();
    JdbcStore flaky = new JdbcStore(failingCommits(dataSource, commits, 2, "40001"));

    PostingResult result = flaky.post(A, payment("SO-1", 3_000, APRIL));

    assertThat(commits).hasValue(3);
    assertThat(result.alreadyPosted()).isFalse();
    assertThat(store.ledger(A).entries()).containsExactly(result.posted());
  }

  @Test
  void aClashThatPersistsGivesUpWithTheSqlStateAndWritesNothing() {
    store.save(account(A.value()));
    AtomicInteger commits = new AtomicInteger();
    JdbcStore stuck =
        new JdbcStore(failingCommits(dataSource, commits, Integer.MAX_VALUE, "23505"));

    assertThatThrownBy(() -> stuck.post(A, payment("SO-1", 3_000, APRIL)))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "a transaction failed after 5 attempts: a transaction failed: SQLState 23505,"
                + " vendor code 0 (SQLException)")
        .hasNoCause();
    assertThat(commits).hasValue(JdbcStore.MAX_ATTEMPTS);
    assertThat(store.ledger(A).entries()).isEmpty();
  }

  /** A data source whose first {@code failures} commits fail with {@code sqlState}. */
  private static DataSource failingCommits(
      DataSource real, AtomicInteger commits, int failures, String sqlState) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection connection = (Connection) result;
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("commit") && commits.incrementAndGet() <= failures) {
                      throw new SQLException("a clash naming Secret Name", sqlState);
                    }
                    return invoke(connection, m, a);
                  });
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void concurrentPostsWithDuplicatesStoreEachReferenceOnce() throws Exception {
    int accounts = 12;
    int threads = 4;
    int perThread = 800;
    List<AccountId> ids = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      ids.add(AccountId.of(String.format("SC-C%02d", i)));
      store.save(account(ids.get(i).value()));
    }
    // every payment appears twice in its own thread's work, and a quarter of each thread's work is
    // posted by the next thread too, at about the same moment
    List<List<Posting>> work = new ArrayList<>();
    Map<String, Long> distinct = new HashMap<>();
    for (int t = 0; t < threads; t++) {
      List<Posting> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        int serial = (t * perThread + i) / 2;
        AccountId account = ids.get(serial % accounts);
        String reference = "BACS-" + serial;
        long pence = 1 + serial * 37L % 10_000;
        mine.add(new Posting(account, payment(reference, pence, APRIL.plusDays(serial % 90))));
        distinct.put(account.value() + "|" + reference, pence);
      }
      Collections.shuffle(mine, new Random(t));
      work.add(mine);
    }
    for (int t = 0; t < threads; t++) {
      work.get(t).addAll(work.get((t + 1) % threads).subList(0, perThread / 4));
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> newlyPosted = new ArrayList<>();
    try {
      for (List<Posting> postings : work) {
        newlyPosted.add(
            pool.submit(
                () -> {
                  go.await();
                  int added = 0;
                  for (int i = 0; i < postings.size(); i++) {
                    if (i % 3 == 0 && i + 5 <= postings.size()) {
                      for (PostingResult r : store.postAll(postings.subList(i, i + 5))) {
                        added += r.alreadyPosted() ? 0 : 1;
                      }
                      i += 4;
                    } else {
                      Posting p = postings.get(i);
                      added += store.post(p.account(), p.entry()).alreadyPosted() ? 0 : 1;
                    }
                  }
                  return added;
                }));
      }
      go.countDown();
      int added = 0;
      for (Future<Integer> f : newlyPosted) {
        added += f.get(4, TimeUnit.MINUTES);
      }
      assertThat(added).isEqualTo(distinct.size());
    } finally {
      pool.shutdownNow();
    }

    assertThat(distinct).hasSize(threads * perThread / 2);
    assertThat(countRows("ledger_entry")).isEqualTo(distinct.size());
    long total = 0;
    for (AccountId id : ids) {
      Ledger ledger = store.ledger(id);
      List<String> references =
          ledger.entries().stream().map(p -> p.entry().externalReference().orElseThrow()).toList();
      assertThat(references).doesNotHaveDuplicates();
      assertThat(ledger.entries()).extracting(PostedEntry::id).isSorted();
      long sum = ledger.entries().stream().mapToLong(p -> p.entry().signedAmount().pence()).sum();
      long expected =
          distinct.entrySet().stream()
              .filter(e -> e.getKey().startsWith(id.value() + "|"))
              .mapToLong(e -> -e.getValue())
              .sum();
      assertThat(ledger.balanceAt(APRIL.plusYears(1)).pence()).isEqualTo(sum).isEqualTo(expected);
      assertThat(sumInDatabase(id)).isEqualTo(expected);
      total += sum;
    }
    assertThat(total).isEqualTo(-distinct.values().stream().mapToLong(Long::longValue).sum());
  }

  private static List<LedgerEntry> hostileEntries(String text, String reference) {
    return List.of(
        Charge.builder()
            .chargeType(ChargeType.SUNDRY)
            .periodCovered(new DateRange(APRIL, APRIL))
            .dateRaised(APRIL)
            .dueDate(APRIL)
            .demandReference(text)
            .amount(Money.ofPence(Long.MAX_VALUE / 4))
            .externalReference(limit("c" + reference))
            .build(),
        Adjustment.builder()
            .date(APRIL)
            .amount(Money.ofPence(1))
            .chargeType(ChargeType.SUNDRY)
            .reason(text)
            .demandReference(text)
            .externalReference(limit("a" + reference))
            .build(),
        Refund.builder()
            .date(APRIL)
            .amount(Money.ofPence(2))
            .method(PaymentMethod.OTHER)
            .reason(text)
            .externalReference(limit("r" + reference))
            .build(),
        Payment.builder()
            .dateReceived(APRIL)
            .amount(Money.ofPence(3))
            .method(PaymentMethod.CASH)
            .reference(limit("p" + reference))
            .allocateTo(text)
            .build(),
        Credit.builder()
            .date(APRIL)
            .amount(Money.ofPence(4))
            .reason(text)
            .allocateTo(text)
            .externalReference(limit("k" + reference))
            .build(),
        WriteOff.builder()
            .date(APRIL)
            .amount(Money.ofPence(5))
            .reason(WriteOffReason.OTHER)
            .authorisedBy(text)
            .allocateTo(text)
            .externalReference(limit("w" + reference))
            .build());
  }

  private static String limit(String text) {
    return text.length() > 255 ? text.substring(0, 255) : text;
  }

  private static List<LedgerEntry> concat(List<LedgerEntry> entries, LedgerEntry last) {
    List<LedgerEntry> all = new ArrayList<>(entries);
    all.add(last);
    return all;
  }

  private long countRows(String table) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private long sumInDatabase(AccountId account) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COALESCE(SUM(CASE direction WHEN 'DEBIT' THEN amount_pence"
                    + " ELSE -amount_pence END), 0) FROM ledger_entry WHERE account_id = ?")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static Dwelling flat(String id, Tenure tenure) {
    return Dwelling.builder()
        .id(DwellingId.of(id))
        .estate(EstateId.of("TABARD"))
        .block(BlockId.of("MARLOWE"))
        .tenure(tenure)
        .rateableValue(new BigDecimal("250.00"))
        .grossValue(new BigDecimal("0.0021"))
        .floorArea(new BigDecimal("55.5"))
        .bedrooms(0)
        .bedSpaces(2)
        .fixedBlockPercentage(new BigDecimal("12.500"))
        .fixedEstatePercentage(new BigDecimal("1"))
        .build();
  }

  private static Lease fullLease(String dwelling) {
    return Lease.builder()
        .dwelling(DwellingId.of(dwelling))
        .leaseDate(LocalDate.of(1992, 6, 1))
        .blockBasis(ApportionmentBasis.RATEABLE_VALUE)
        .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
        .serviceChargeYearStart(MonthDay.of(3, 25))
        .instalmentPlan(InstalmentPlan.TEN_MONTHLY)
        .groundRent(
            new GroundRentTerms(
                Money.parse("10.00"), ImmutableList.of(MonthDay.of(6, 24), MonthDay.of(12, 25))))
        .interestClause(new InterestClause(new BigDecimal("4.0"), 14))
        .rightToBuyGrantDate(LocalDate.of(2022, 1, 1))
        .initialPeriodEnd(LocalDate.of(2027, 3, 31))
        .section125NoticeDate(LocalDate.of(2021, 6, 1))
        .addRightToBuyEstimates(
            new RightToBuyEstimate("Roof renewal", Money.parse("3000.00")),
            new RightToBuyEstimate(
                "Windows, 'sash' type; DROP TABLE lease;--", Money.parse("1250.50")))
        .build();
  }

  @Test
  void dwellingsAndLeasesReadBackEqualDecimalScalesIncluded() {
    Dwelling house =
        Dwelling.builder()
            .id(DwellingId.of("H-1"))
            .estate(EstateId.of("TABARD"))
            .tenure(Tenure.FREEHOLD)
            .build();
    store.save(flat("F-2", Tenure.LEASEHOLD));
    store.save(flat("F-1", Tenure.TENANTED));
    store.save(house);
    Lease bare =
        Lease.builder()
            .dwelling(DwellingId.of("H-1"))
            .leaseDate(LocalDate.of(2001, 1, 1))
            .blockBasis(ApportionmentBasis.EQUAL_SHARES)
            .estateBasis(ApportionmentBasis.EQUAL_SHARES)
            .build();
    store.save(fullLease("F-2"));
    store.save(bare);

    assertThat(store.dwelling(DwellingId.of("F-2"))).contains(flat("F-2", Tenure.LEASEHOLD));
    assertThat(store.dwelling(DwellingId.of("F-2")).orElseThrow().grossValue())
        .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("0.0021"));
    assertThat(store.dwelling(DwellingId.of("H-1"))).contains(house);
    assertThat(store.leaseOf(DwellingId.of("F-2"))).contains(fullLease("F-2"));
    assertThat(store.leaseOf(DwellingId.of("H-1"))).contains(bare);
    assertThat(store.leaseOf(DwellingId.of("F-1"))).isEmpty();
    try (Stream<Dwelling> all = store.dwellings()) {
      assertThat(all.map(d -> d.id().value())).containsExactly("F-1", "F-2", "H-1");
    }
    assertThat(store.leases().map(l -> l.dwelling().value())).containsExactly("F-2", "H-1");
  }

  @Test
  void savingALeaseAgainReplacesItsTermsAndALeaseNeedsItsDwelling() {
    store.save(flat("F-2", Tenure.LEASEHOLD));
    store.save(fullLease("F-2"));
    Lease changed =
        Lease.builder()
            .from(fullLease("F-2"))
            .groundRent(
                new GroundRentTerms(Money.parse("12.00"), ImmutableList.of(MonthDay.of(9, 29))))
            .interestClause(Optional.empty())
            .rightToBuyEstimates(List.of())
            .build();
    store.save(changed);
    assertThat(store.leaseOf(DwellingId.of("F-2"))).contains(changed);

    Lease orphan = fullLease("NO-SUCH-FLAT");
    assertThatThrownBy(() -> store.save(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lease of NO-SUCH-FLAT: no such dwelling is stored");
    assertThat(store.leaseOf(DwellingId.of("NO-SUCH-FLAT"))).isEmpty();
    InMemoryStore memory = new InMemoryStore();
    assertThatThrownBy(() -> memory.save(orphan))
        .hasMessage("lease of NO-SUCH-FLAT: no such dwelling is stored");
  }
}
