package org.homeownership.recovery.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.ledger.Ledger;
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
 * The in-memory nightly sweep over {@value #ACCOUNTS} generated accounts (allocation and ageing,
 * summed into the portfolio's aged debt), beside the hand-written baseline over the same data in
 * the same run. One operation is one account, so the score reads as accounts per second; the ratio
 * of the two scores is the cost of the domain types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@OperationsPerInvocation(SweepBenchmark.ACCOUNTS)
public class SweepBenchmark {

  /** How many accounts the portfolio has: one benchmark operation is one account. */
  public static final int ACCOUNTS = 100_000;

  private List<Ledger> ledgers;
  private PencePortfolio pence;
  private PortfolioSweep sweep;
  private PortfolioSweep withMonitoring;
  private PortfolioSweep withDecision;
  private int tolerance;
  private final long[] states = new long[ArrangementState.values().length];
  private final AgeingBands bands = AgeingBands.standard();

  /** Generates the portfolio and checks the baseline agrees with the domain, once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    LocalDate asOf = PortfolioGenerator.AS_OF;
    ledgers = PortfolioGenerator.ledgers(ACCOUNTS);
    Map<AccountId, ArrangementRecord> arrangements = PortfolioGenerator.arrangements(ledgers);
    pence = PencePortfolio.of(ledgers, arrangements);
    tolerance = PortfolioGenerator.MONITORING.on(asOf).toleranceDays();
    sweep = new PortfolioSweep(asOf, bands, List.of());
    ArrangementMonitoringStep monitoring = new ArrangementMonitoringStep(asOf, arrangements);
    withMonitoring = new PortfolioSweep(asOf, bands, List.of(monitoring));
    withDecision =
        new PortfolioSweep(asOf, bands, List.of(monitoring, new RecoveryDecisionStep(asOf)));
    SweepCheck.requireAgreement(
        sweep.sweep(ledgers.stream()), pence.sweep(PortfolioGenerator.AS_OF, bands));
    System.out.printf(
        "%n%d accounts, %d entries (%.1f an account)%n",
        pence.accounts(), pence.entries(), (double) pence.entries() / pence.accounts());
  }

  /**
   * Copies of the portfolio's ledgers with the same entries and no {@link Ledger#figures()} made
   * yet, made afresh (untimed) before each call of {@link #domainFirstSweep}.
   */
  @State(Scope.Thread)
  public static class FreshLedgers {
    List<Ledger> ledgers = List.of();

    /** Copies the portfolio's ledgers. */
    @Setup(Level.Invocation)
    public void copy(SweepBenchmark portfolio) {
      List<Ledger> copies = new ArrayList<>(portfolio.ledgers.size());
      for (Ledger ledger : portfolio.ledgers) {
        copies.add(Ledger.of(ledger.account(), ledger.entries()));
      }
      ledgers = copies;
    }
  }

  /**
   * Allocation and ageing of ledgers swept for the first time, so each ledger's figures are made on
   * the way: the nightly sweep's cost when the ledgers have just been read from a store.
   */
  @Benchmark
  public AgedDebt domainFirstSweep(FreshLedgers fresh) {
    return sweep.sweep(fresh.ledgers.stream());
  }

  /** Allocation and ageing of every account with the domain types, summed with AgedDebt. */
  @Benchmark
  public AgedDebt domainSweep() {
    return sweep.sweep(ledgers.stream());
  }

  /** The same allocation and ageing as a plain loop over long pence arrays. */
  @Benchmark
  public long[] baselineSweep() {
    return pence.sweep(PortfolioGenerator.AS_OF, bands);
  }

  /** Allocation, ageing and arrangement monitoring (about 5% of accounts) with the domain types. */
  @Benchmark
  public AgedDebt domainSweepMonitoring() {
    return withMonitoring.sweep(ledgers.stream());
  }

  /** The same, with the recovery decision for every account: the whole nightly sweep. */
  @Benchmark
  public AgedDebt domainSweepMonitoringDecision() {
    return withDecision.sweep(ledgers.stream());
  }

  /** Allocation, ageing and the expected-balance check of each arrangement over long pence. */
  @Benchmark
  public long[] baselineSweepMonitoring() {
    return pence.sweepMonitoring(PortfolioGenerator.AS_OF, bands, tolerance, states);
  }
}
