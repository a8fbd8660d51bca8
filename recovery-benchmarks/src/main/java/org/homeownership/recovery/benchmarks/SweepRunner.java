package org.homeownership.recovery.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ledger.Ledger;

/**
 * The in-memory sweep measured round by round, the baseline and the domain sweep taking turns, so
 * that on a loaded, shared machine each ratio compares two passes run seconds apart. Reports each
 * pass as accounts per second of wall time and of the thread's own CPU time (which other processes
 * on the machine disturb far less), and the median of the per-round ratios.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp recovery-benchmarks/target/benchmarks.jar \
 *   org.homeownership.recovery.benchmarks.SweepRunner [accounts] [rounds] [passes]
 * </pre>
 *
 * <p>{@code passes} sweeps the generated portfolio that many times in each timed pass (10 passes of
 * 100,000 accounts is 1,000,000 account sweeps; a million distinct ledgers would not fit on the
 * shared machine's heap).
 */
public final class SweepRunner {

  private SweepRunner() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    AgeingBands bands = AgeingBands.standard();
    List<Ledger> ledgers = PortfolioGenerator.ledgers(accounts);
    PencePortfolio pence = PencePortfolio.of(ledgers);
    PortfolioSweep sweep = new PortfolioSweep(PortfolioGenerator.AS_OF, bands, List.of());
    RecoveryDecisionStep decisions = new RecoveryDecisionStep(PortfolioGenerator.AS_OF);
    PortfolioSweep withDecision =
        new PortfolioSweep(PortfolioGenerator.AS_OF, bands, List.of(decisions));
    SweepCheck.requireAgreement(
        sweep.sweep(ledgers.stream()), pence.sweep(PortfolioGenerator.AS_OF, bands));
    System.out.printf(
        Locale.UK,
        "%d accounts, %d entries (%.1f an account), %d pass(es) per timing, %d rounds%n",
        pence.accounts(),
        pence.entries(),
        (double) pence.entries() / pence.accounts(),
        passes,
        rounds);

    List<Pass> kinds =
        List.of(
            new Pass(
                "baseline (long pence)", () -> pence.sweep(PortfolioGenerator.AS_OF, bands)[0]),
            new Pass("domain: allocation + ageing", () -> sweep.sweep(ledgers.stream()).accounts()),
            new Pass(
                "domain: + recovery decision",
                () -> withDecision.sweep(ledgers.stream()).accounts()));
    for (int warm = 0; warm < 2; warm++) {
      kinds.forEach(kind -> kind.time(passes));
    }
    kinds.forEach(kind -> kind.clear());
    for (int round = 0; round < rounds; round++) {
      for (Pass kind : kinds) {
        kind.time(passes);
      }
    }
    long swept = (long) accounts * passes;
    Pass baseline = kinds.get(0);
    for (Pass kind : kinds) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = (double) kind.cpuNanos.get(r) / baseline.cpuNanos.get(r);
      }
      System.out.printf(
          Locale.UK,
          "%-30s wall %,10.0f accounts/s (median; best %,10.0f)  cpu %,10.0f accounts/s"
              + "  ratio to baseline (cpu, median of rounds) %6.1f×  gc %,d ms%n",
          kind.name,
          swept / median(kind.wallNanos) * 1e9,
          swept / min(kind.wallNanos) * 1e9,
          swept / median(kind.cpuNanos) * 1e9,
          median(ratios),
          kind.gcMillis);
    }
    System.out.println("decisions by outcome (all passes): " + decisions.outcomes());
  }

  private static double median(List<Long> values) {
    return median(values.stream().mapToDouble(Long::doubleValue).toArray());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  /** One kind of pass and its timings. */
  private static final class Pass {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final String name;
    final LongSupplier work;
    final List<Long> wallNanos = new ArrayList<>();
    final List<Long> cpuNanos = new ArrayList<>();
    long gcMillis;
    long sink;

    Pass(String name, LongSupplier work) {
      this.name = name;
      this.work = work;
    }

    void time(int passes) {
      long gcBefore = gcMillis();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int p = 0; p < passes; p++) {
        sink += work.getAsLong();
      }
      wallNanos.add(System.nanoTime() - wall);
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
      gcMillis += gcMillis() - gcBefore;
    }

    void clear() {
      wallNanos.clear();
      cpuNanos.clear();
      gcMillis = 0;
    }

    private static long gcMillis() {
      long sum = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        sum += Math.max(0, gc.getCollectionTime());
      }
      return sum;
    }
  }
}
