package org.homeownership.recovery.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.Posting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link JdbcStore} on H2 2.x in memory: batched posting through {@link JdbcStore#postAll} (entries
 * per second), and the sweep streamed from {@link JdbcStore#portfolio()} (accounts per second),
 * beside the same sweep over the same ledgers already in memory. H2 in memory keeps its tables on
 * the same heap, so it shows the cost of the JDBC path, not of a database server; PostgreSQL
 * figures are still to come.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class H2StoreBenchmark {

  /** Accounts loaded for the streamed sweep. */
  public static final int SWEEP_ACCOUNTS = 10_000;

  /** Accounts loaded, with their ledgers, to post new payments to. */
  public static final int POSTING_ACCOUNTS = 2_000;

  /** Entries in each posting batch, each to a different account. */
  public static final int BATCH = 1_000;

  private static final AgeingBands BANDS = AgeingBands.standard();

  /** A database holding {@value #SWEEP_ACCOUNTS} generated accounts and their ledgers. */
  @State(Scope.Benchmark)
  public static class Loaded {
    JdbcStore store;
    List<Ledger> ledgers;
    PortfolioSweep sweep;

    /** Generates and loads the portfolio, once per trial. */
    @Setup(Level.Trial)
    public void load() {
      ledgers = PortfolioGenerator.ledgers(SWEEP_ACCOUNTS);
      store = new JdbcStore(database());
      H2Portfolio.load(store, ledgers, 100);
      sweep = new PortfolioSweep(PortfolioGenerator.AS_OF, BANDS, List.of());
      SweepCheck.requireAgreement(
          sweepFromStore(this), PencePortfolio.of(ledgers).sweep(PortfolioGenerator.AS_OF, BANDS));
    }
  }

  /** A database of {@value #POSTING_ACCOUNTS} accounts with ledgers, to post payments to. */
  @State(Scope.Benchmark)
  public static class Posted {
    JdbcStore store;
    List<Ledger> ledgers;
    long next;

    /** Generates and loads the accounts, once per trial. */
    @Setup(Level.Trial)
    public void load() {
      ledgers = PortfolioGenerator.ledgers(POSTING_ACCOUNTS);
      store = new JdbcStore(database());
      H2Portfolio.load(store, ledgers, 100);
    }

    /** The next batch: one new payment to each of the next {@value #BATCH} accounts in turn. */
    List<Posting> nextBatch() {
      List<Posting> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        long n = next++;
        Ledger ledger = ledgers.get((int) (n % ledgers.size()));
        batch.add(
            new Posting(
                ledger.account(),
                Payment.builder()
                    .dateReceived(LocalDate.of(2026, 4, 1))
                    .amount(Money.ofPence(10_000 + n % 5_000))
                    .method(PaymentMethod.DIRECT_DEBIT)
                    .reference("BENCH-" + n)
                    .build()));
      }
      return batch;
    }
  }

  private static javax.sql.DataSource database() {
    return H2Portfolio.database("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** Posts a batch of {@value #BATCH} payments in one transaction; one operation is one entry. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<PostingResult> postAllBatch(Posted posted) {
    return posted.store.postAll(posted.nextBatch());
  }

  /** The sweep streamed from the database; one operation is one account. */
  @Benchmark
  @OperationsPerInvocation(SWEEP_ACCOUNTS)
  public AgedDebt streamedSweep(Loaded loaded) {
    return sweepFromStore(loaded);
  }

  /** Reading the portfolio from the database alone, with no sweep; one operation is one account. */
  @Benchmark
  @OperationsPerInvocation(SWEEP_ACCOUNTS)
  public long streamOnly(Loaded loaded) {
    try (Stream<AccountLedger> portfolio = loaded.store.portfolio()) {
      return portfolio.mapToLong(a -> a.ledger().entries().size()).sum();
    }
  }

  /** The same sweep over the same ledgers already in memory; one operation is one account. */
  @Benchmark
  @OperationsPerInvocation(SWEEP_ACCOUNTS)
  public AgedDebt inMemorySweep(Loaded loaded) {
    return loaded.sweep.sweep(loaded.ledgers.stream());
  }

  private static AgedDebt sweepFromStore(Loaded loaded) {
    try (Stream<AccountLedger> portfolio = loaded.store.portfolio()) {
      return loaded.sweep.sweep(portfolio.map(AccountLedger::ledger));
    }
  }
}
