package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.APRIL;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.account;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.payment;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The {@code COPY} path for new entries ({@link EntryCopy}) on a real PostgreSQL server: it stores
 * exactly what the array insert stores, for every entry kind, hostile text and dates across
 * PostgreSQL's range; batches larger than one statement, duplicates inside one batch and posters on
 * overlapping accounts keep the store's rules.
 */
class PostgresEntryCopyIT {

  private static EmbeddedPostgres server;
  private static ConnectionPool pool;
  private static int databases;

  private JdbcStore store;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (pool != null) {
      pool.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newDatabase() throws Exception {
    String name = "copy_" + ++databases;
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    if (pool != null) {
      pool.close();
    }
    pool = new ConnectionPool(server.getDatabase("postgres", name));
    RecoverySchema.migrate(pool);
    store = new JdbcStore(pool);
  }

  @Test
  void copyStoresEveryColumnExactlyAsTheArrayInsertDoes() throws Exception {
    store.save(account("COPY-A"));
    store.save(account("COPY-B"));
    try (Connection connection = pool.getConnection()) {
      assertThat(EntryRows.copyAvailable(connection)).isTrue();
      connection.setAutoCommit(false);
      qt().withExamples(1_000)
          .withFixedSeed(20261124L)
          .forAll(entries(), texts(), texts())
          .checkAssert(
              (entry, reversalReason, reference) -> {
                try {
                  assertSameStored(connection, entry, reversalReason, reference);
                } catch (SQLException e) {
                  throw new AssertionError(e);
                }
              });
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /**
   * Posts {@code entry} to account A by arrays and to account B by {@code COPY}, then a reversal of
   * each, and compares every stored column as the server prints it and the entries read back.
   */
  private static void assertSameStored(
      Connection connection, LedgerEntry entry, String reversalReason, String reference)
      throws SQLException {
    AccountId a = AccountId.of("COPY-A");
    AccountId b = AccountId.of("COPY-B");
    List<@Nullable Object[]> rowA = List.<@Nullable Object[]>of(EntryRows.values(a, entry));
    List<@Nullable Object[]> rowB = List.<@Nullable Object[]>of(EntryRows.values(b, entry));
    assertThat(EntryCopy.takes(rowB)).isTrue();
    long idA = EntryRows.insertArrays(connection, rowA)[0];
    long idB = EntryCopy.insert(connection, rowB)[0];
    assertThat(idB).isGreaterThan(idA);
    assertSameRow(connection, idA, idB, entry, 0, 0);

    String storableReference = unique(reference);
    Reversal reversalA =
        Reversal.of(
            new PostedEntry(EntryId.of(idA), entry),
            entry.date(),
            reversalReason,
            storableReference);
    Reversal reversalB =
        Reversal.of(
            new PostedEntry(EntryId.of(idB), entry),
            entry.date(),
            reversalReason,
            storableReference);
    long reversedA =
        EntryRows.insertArrays(
            connection, List.<@Nullable Object[]>of(EntryRows.values(a, reversalA)))[0];
    long reversedB =
        EntryCopy.insert(connection, List.<@Nullable Object[]>of(EntryRows.values(b, reversalB)))[
            0];
    assertSameRow(connection, reversedA, reversedB, null, idA, idB);
  }

  /**
   * Rows {@code idA} and {@code idB} hold the same values in every column but the id and the
   * account, and reverse {@code reversesA} and {@code reversesB} (0: nothing).
   */
  private static void assertSameRow(
      Connection connection,
      long idA,
      long idB,
      @Nullable LedgerEntry expected,
      long reversesA,
      long reversesB)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT entry_id, " + EntryRows.COLUMNS + " FROM ledger_entry WHERE entry_id = ?")) {
      List<String> printedA = printed(statement, idA);
      List<String> printedB = printed(statement, idB);
      int reverses = printedA.size() - 2;
      assertThat(printedA.get(reverses)).isEqualTo(reversesA == 0 ? "null" : "" + reversesA);
      assertThat(printedB.get(reverses)).isEqualTo(reversesB == 0 ? "null" : "" + reversesB);
      printedA.set(reverses, "");
      printedB.set(reverses, "");
      // Every column but the id and the account as the server prints it.
      assertThat(printedB.subList(2, printedB.size()))
          .isEqualTo(printedA.subList(2, printedA.size()));
      if (expected != null) {
        statement.setLong(1, idB);
        try (ResultSet rows = statement.executeQuery()) {
          assertThat(rows.next()).isTrue();
          assertThat(EntryRows.read(rows).entry()).isEqualTo(expected);
        }
      }
    }
  }

  private static List<String> printed(PreparedStatement statement, long id) throws SQLException {
    statement.setLong(1, id);
    try (ResultSet rows = statement.executeQuery()) {
      assertThat(rows.next()).isTrue();
      List<String> values = new ArrayList<>();
      for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
        values.add(String.valueOf(rows.getString(column)));
      }
      return values;
    }
  }

  /**
   * 1,000 random batches, each posted by {@link Session#postAll} the key-first way to accounts K-0
   * to K-2 and the exact way (every reference looked up first) to E-0 to E-2, the two sets of
   * ledgers growing alike: payments with references from a small pool (so references repeat inside
   * a batch and against the ledger, with the same or other details) and reversals of entries posted
   * before. Every batch gives the same results or the same refusal both ways, and the ledgers stay
   * the same.
   */
  @Test
  void keyFirstPostingGivesWhatTheExactPathGives() throws Exception {
    for (int i = 0; i < 3; i++) {
      store.save(account("K-" + i));
      store.save(account("E-" + i));
    }
    qt().withExamples(1_000)
        .withFixedSeed(20261125L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              try {
                assertSameOutcome(seed);
              } catch (SQLException e) {
                throw new AssertionError(e);
              }
            });
    for (int i = 0; i < 3; i++) {
      assertThat(described(store.ledger(AccountId.of("K-" + i)).entries()))
          .isEqualTo(described(store.ledger(AccountId.of("E-" + i)).entries()));
    }
  }

  private void assertSameOutcome(long seed) throws SQLException {
    String keyFirst = post(seed, "K-", true);
    String exact = post(seed, "E-", false);
    assertThat(keyFirst).isEqualTo(exact);
  }

  /** Posts the batch made from {@code seed} to the accounts named {@code prefix}0 to 2. */
  private String post(long seed, String prefix, boolean keyFirst) throws SQLException {
    Random random = new Random(seed);
    List<List<PostedEntry>> ledgers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ledgers.add(store.ledger(AccountId.of(prefix + i)).entries());
    }
    List<Posting> batch = new ArrayList<>();
    int size = 1 + random.nextInt(12);
    for (int n = 0; n < size; n++) {
      int account = random.nextInt(3);
      List<PostedEntry> ledger = ledgers.get(account);
      LedgerEntry entry;
      if (random.nextInt(6) == 0 && !ledger.isEmpty()) {
        PostedEntry target = ledger.get(random.nextInt(ledger.size()));
        if (target.entry() instanceof Reversal) {
          continue;
        }
        entry =
            random.nextBoolean()
                ? Reversal.of(target, APRIL, "Returned")
                : Reversal.of(target, APRIL, "Returned", "RV" + random.nextInt(40));
      } else {
        // Half from a pool of 40 (so repeated), half new, so that some batches are all new.
        String reference =
            random.nextBoolean() ? "R" + random.nextInt(40) : "N" + (random.nextLong() >>> 1);
        entry = payment(reference, 1 + random.nextInt(2), APRIL);
      }
      batch.add(new Posting(AccountId.of(prefix + account), entry));
    }
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<PostingResult> results =
            new Session(connection, Dialect.POSTGRESQL, keyFirst).postAll(batch);
        connection.commit();
        List<String> outcome = new ArrayList<>();
        for (PostingResult result : results) {
          String entry = result.posted().entry().toString();
          if (result.posted().entry() instanceof Reversal reversal) {
            // The reversed entry by its place in the ledgers, the same both ways; not by its id.
            entry =
                entry.replace(
                    "reverses=" + reversal.reverses().value(),
                    "reverses=" + place(ledgers, reversal.reverses()));
          }
          outcome.add(result.alreadyPosted() + " " + entry);
        }
        return String.join("\n", outcome).replace(prefix, "X-");
      } catch (RuntimeException e) {
        connection.rollback();
        return (e.getClass().getName() + ": " + e.getMessage())
            .replace(prefix, "X-")
            .replaceAll("entry [0-9]+", "entry #");
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /** "account:index" of the entry with {@code id} in {@code ledgers}. */
  private static String place(List<List<PostedEntry>> ledgers, EntryId id) {
    for (int account = 0; account < ledgers.size(); account++) {
      for (int i = 0; i < ledgers.get(account).size(); i++) {
        if (ledgers.get(account).get(i).id().equals(id)) {
          return account + ":" + i;
        }
      }
    }
    return "?";
  }

  /** Each entry as text, a reversal naming the place in the ledger of the entry it reverses. */
  private static List<String> described(List<PostedEntry> ledger) {
    List<String> described = new ArrayList<>();
    for (PostedEntry posted : ledger) {
      if (posted.entry() instanceof Reversal reversal) {
        int target = -1;
        for (int i = 0; i < ledger.size(); i++) {
          if (ledger.get(i).id().equals(reversal.reverses())) {
            target = i;
          }
        }
        described.add(
            "reversal of #"
                + target
                + " "
                + reversal.amount()
                + " "
                + reversal.externalReference());
      } else {
        described.add(posted.entry().toString());
      }
    }
    return described;
  }

  @Test
  void aBatchLargerThanOneStatementWithDuplicatesAndReversalsKeepsTheRules() {
    List<AccountId> accounts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      accounts.add(AccountId.of("BIG-" + i));
      store.save(account(accounts.get(i).value()));
    }
    // 12,000 payments (three statements of 5,000 or fewer), the 4,999th to 5,002nd posted again
    // at the end of the batch, inside it.
    List<Posting> batch = new ArrayList<>();
    for (int n = 0; n < 12_000; n++) {
      batch.add(
          new Posting(accounts.get(n % 3), payment("BIG-" + n, 1 + n, APRIL.plusDays(n % 300))));
    }
    for (int n = 4_998; n < 5_002; n++) {
      batch.add(batch.get(n));
    }
    List<PostingResult> results = store.postAll(batch);

    assertThat(results).hasSize(12_004);
    assertThat(results.subList(0, 12_000)).noneMatch(PostingResult::alreadyPosted);
    for (int i = 0; i < 4; i++) {
      PostingResult again = results.get(12_000 + i);
      assertThat(again.alreadyPosted()).isTrue();
      assertThat(again.posted()).isEqualTo(results.get(4_998 + i).posted());
    }
    for (AccountId account : accounts) {
      List<PostedEntry> ledger = store.ledger(account).entries();
      assertThat(ledger).hasSize(4_000);
      List<LedgerEntry> given = new ArrayList<>();
      for (int n = accounts.indexOf(account); n < 12_000; n += 3) {
        given.add(batch.get(n).entry());
      }
      // Read back in id order: the ids rose in the order posted.
      assertThat(ledger).extracting(PostedEntry::entry).containsExactlyElementsOf(given);
    }

    // Posting it all again finds every entry; reversing some in the same batch as new payments.
    List<Posting> again = new ArrayList<>(batch.subList(0, 6_000));
    PostedEntry first = results.get(0).posted();
    again.add(new Posting(accounts.get(0), Reversal.of(first, APRIL, "Bounced")));
    again.add(new Posting(accounts.get(0), payment("BIG-NEW", 5, APRIL)));
    List<PostingResult> rerun = store.postAll(again);
    assertThat(rerun.subList(0, 6_000)).allMatch(PostingResult::alreadyPosted);
    assertThat(rerun.subList(6_000, 6_002)).noneMatch(PostingResult::alreadyPosted);
    assertThat(store.ledger(accounts.get(0)).entries()).hasSize(4_002);
  }

  @Test
  void aValueTheCopyCannotTakeGoesByArraysAndAnUnknownAccountWritesNothing() throws Exception {
    store.save(account("EDGE-A"));
    AccountId edge = AccountId.of("EDGE-A");
    // A lone surrogate: the chunk is not taken by COPY and is inserted from arrays, as before.
    Credit lone = credit("lone \uD800 surrogate", APRIL);
    assertThat(EntryCopy.takes(List.<@Nullable Object[]>of(EntryRows.values(edge, lone))))
        .isFalse();
    Credit far = credit("far future", LocalDate.of(6_000_000, 1, 1));
    assertThat(EntryCopy.takes(List.<@Nullable Object[]>of(EntryRows.values(edge, far)))).isFalse();
    Credit early = credit("before the Julian day 0", LocalDate.of(-4713, 11, 23));
    assertThat(EntryCopy.takes(List.<@Nullable Object[]>of(EntryRows.values(edge, early))))
        .isFalse();
    Credit first = credit("first day PostgreSQL keeps", LocalDate.of(-4713, 11, 24));
    Credit last = credit("last day PostgreSQL keeps", LocalDate.of(5_874_897, 12, 31));
    assertThat(EntryCopy.takes(List.<@Nullable Object[]>of(EntryRows.values(edge, first))))
        .isTrue();
    assertThat(EntryCopy.takes(List.<@Nullable Object[]>of(EntryRows.values(edge, last)))).isTrue();

    List<PostingResult> posted =
        store.postAll(
            List.of(new Posting(edge, first), new Posting(edge, lone), new Posting(edge, last)));
    assertThat(posted).noneMatch(PostingResult::alreadyPosted);
    assertThat(store.ledger(edge).entries()).hasSize(3);
    assertThat(store.ledger(edge).entries().get(0).entry()).isEqualTo(first);
    assertThat(store.ledger(edge).entries().get(2).entry()).isEqualTo(last);

    assertThatThrownBy(
            () ->
                store.postAll(
                    List.of(
                        new Posting(edge, payment("EDGE-1", 1, APRIL)),
                        new Posting(AccountId.of("EDGE-UNKNOWN"), payment("EDGE-2", 1, APRIL)))))
        .isInstanceOf(org.homeownership.recovery.ledger.UnknownAccountException.class);
    assertThat(store.ledger(edge).entries()).hasSize(3);
  }

  @Test
  void postersOnOverlappingAccountsStoreEachReferenceOnce() throws Exception {
    List<AccountId> accounts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      accounts.add(AccountId.of(String.format("OVER-%02d", i)));
      store.save(account(accounts.get(i).value()));
    }
    // Four posters, each 6 batches of 1,500 payments over all 60 accounts, in its own order; each
    // payment is in two posters' batches.
    int payments = 4 * 6 * 1_500 / 2;
    List<List<Posting>> work = new ArrayList<>();
    for (int poster = 0; poster < 4; poster++) {
      List<Posting> mine = new ArrayList<>();
      for (int n = 0; n < payments; n++) {
        if (n % 4 == poster || n % 4 == (poster + 1) % 4) {
          mine.add(
              new Posting(accounts.get(n % accounts.size()), payment("OVER-" + n, 1 + n, APRIL)));
        }
      }
      Collections.shuffle(mine, new Random(poster));
      work.add(mine);
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<Integer>> added = new ArrayList<>();
    try {
      for (List<Posting> mine : work) {
        added.add(
            threads.submit(
                () -> {
                  int count = 0;
                  for (int from = 0; from < mine.size(); from += 1_500) {
                    for (PostingResult result :
                        store.postAll(mine.subList(from, Math.min(mine.size(), from + 1_500)))) {
                      count += result.alreadyPosted() ? 0 : 1;
                    }
                  }
                  return count;
                }));
      }
      int total = 0;
      for (Future<Integer> future : added) {
        total += future.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(payments);
    } finally {
      threads.shutdownNow();
    }
    Set<String> references = new HashSet<>();
    long stored = 0;
    for (AccountId account : accounts) {
      for (PostedEntry entry : store.ledger(account).entries()) {
        stored++;
        assertThat(references.add(entry.entry().externalReference().orElseThrow())).isTrue();
      }
    }
    assertThat(stored).isEqualTo(payments);
  }

  private static int examples;

  /** {@code text} made unique among the test's references, and at most 255 characters. */
  private static String unique(String text) {
    String suffix = "#" + ++examples;
    return text.length() + suffix.length() > Parameters.REFERENCE_LENGTH
        ? text.substring(0, Parameters.REFERENCE_LENGTH - suffix.length()) + suffix
        : text + suffix;
  }

  private static Credit credit(String reason, LocalDate date) {
    return Credit.builder().date(date).amount(Money.ofPence(1)).reason(reason).build();
  }

  /** Text: hostile pieces, any character but U+0000 and lone surrogates, blank never. */
  private static Gen<String> texts() {
    List<String> pieces =
        List.of(
            "O'Brien", "\\", "\\N", "\t", "\n", "\r", "\"", "{", "}", ",", "NULL", " ", "\u0001",
            "\u007f", "Zoë", "王", "🏠", "e\u0301", "\u202e", "$1", "?");
    return integers().between(0, 12).zip(longs().all(), (count, seed) -> text(pieces, count, seed));
  }

  private static String text(List<String> pieces, int count, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder("T");
    for (int i = 0; i < count; i++) {
      if (random.nextInt(4) == 0) {
        int codePoint;
        do {
          codePoint = 1 + random.nextInt(Character.MAX_CODE_POINT);
        } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        text.appendCodePoint(codePoint);
      } else {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
    }
    return text.toString();
  }

  /** Days from PostgreSQL's first to last date, most near today, some at the ends. */
  private static Gen<LocalDate> dates() {
    long first = LocalDate.of(-4713, 11, 24).toEpochDay();
    long last = LocalDate.of(5_874_897, 12, 31).toEpochDay() - 400;
    return integers()
        .between(0, 9)
        .zip(
            longs().between(first, last),
            (choice, day) ->
                switch (choice) {
                  case 0 -> LocalDate.ofEpochDay(first);
                  case 1 -> LocalDate.ofEpochDay(last);
                  case 2, 3 -> LocalDate.ofEpochDay(day);
                  case 4 -> LocalDate.of(-44, 3, 15).plusDays(day % 1_000);
                  default -> APRIL.plusDays(day % 20_000 - 10_000);
                });
  }

  /** An entry of any kind but reversal, every optional field given or not. */
  private static Gen<LedgerEntry> entries() {
    return integers()
        .between(0, 5)
        .zip(
            dates(),
            longs().between(1, Long.MAX_VALUE),
            texts(),
            texts(),
            (kind, date, pence, text, other) -> entry(kind, date, pence, unique(text), other));
  }

  private static LedgerEntry entry(
      int kind, LocalDate date, long pence, String text, String other) {
    Money amount = Money.ofPence(pence);
    boolean optional = (pence & 1) == 0;
    String reference = text;
    Optional<String> maybeReference = optional ? Optional.of(reference) : Optional.empty();
    Optional<String> maybeOther = optional ? Optional.empty() : Optional.of(other);
    return switch (kind) {
      case 0 ->
          Charge.builder()
              .chargeType(ChargeType.values()[(int) (pence % ChargeType.values().length)])
              .periodCovered(
                  optional
                      ? Optional.of(new DateRange(date, date.plusDays(1 + pence % 400)))
                      : Optional.empty())
              .dateRaised(date)
              .dueDate(date.plusDays(pence % 60))
              .demandReference(maybeOther)
              .amount(amount)
              .externalReference(maybeReference)
              .build();
      case 1 ->
          Adjustment.builder()
              .date(date)
              .amount(amount)
              .chargeType(ChargeType.values()[(int) (pence % ChargeType.values().length)])
              .reason(other)
              .dueDate(date)
              .demandReference(maybeReference)
              .externalReference(maybeReference)
              .build();
      case 2 ->
          Refund.builder()
              .date(date)
              .amount(amount)
              .method(PaymentMethod.values()[(int) (pence % PaymentMethod.values().length)])
              .reason(other)
              .externalReference(maybeReference)
              .build();
      case 3 ->
          Payment.builder()
              .dateReceived(date)
              .amount(amount)
              .method(PaymentMethod.values()[(int) (pence % PaymentMethod.values().length)])
              .reference(reference)
              .allocateTo(maybeOther)
              .build();
      case 4 ->
          Credit.builder()
              .date(date)
              .amount(amount)
              .reason(other)
              .allocateTo(maybeOther)
              .externalReference(maybeReference)
              .build();
      default ->
          WriteOff.builder()
              .date(date)
              .amount(amount)
              .reason(WriteOffReason.values()[(int) (pence % WriteOffReason.values().length)])
              .authorisedBy(other)
              .allocateTo(maybeOther)
              .externalReference(maybeReference)
              .build();
    };
  }
}
