package org.homeownership.recovery.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.ledger.Ledger;
import org.jspecify.annotations.Nullable;

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
 * 100,000 accounts is 1,000,000 account sweeps).
 *
 * <p>The domain passes sweep the same ledgers round after round, so after the first they read each
 * ledger's figures ({@link Ledger#figures()}) already made. Two more passes show what making them
 * costs: "first sweep" sweeps fresh copies of the ledgers (the same entries, no figures yet, copied
 * untimed before each sweep), and "making the ledger figures only" just makes them. At start-up the
 * heap the figures take is printed, measured after full collections. Each timed sweep starts after
 * an untimed full collection, so the collections it is charged with are of its own garbage.
 *
 * <p>The whole portfolio is held in memory: 1,000,000 accounts take about 13 GB of heap ({@code
 * -Xms18g -Xmx18g}).
 *
 * <p>{@code SweepRunner <accounts> stream [chunk]} sweeps that many distinct accounts, generated as
 * a stream ({@link PortfolioGenerator#stream}) {@code chunk} (default 100,000) at a time: each
 * chunk is swept once by the baseline with monitoring and once by the whole domain sweep
 * (allocation, ageing, monitoring, decision), taking turns, and the CPU times are summed. The first
 * chunk is swept once more before timing, to warm up.
 */
public final class SweepRunner {

  private SweepRunner() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) {
    if (args.length > 1 && args[1].equals("stream")) {
      streamed(Integer.parseInt(args[0]), args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
      return;
    }
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    AgeingBands bands = AgeingBands.standard();
    LocalDate asOf = PortfolioGenerator.AS_OF;
    int tolerance = PortfolioGenerator.MONITORING.on(asOf).toleranceDays();
    List<Ledger> ledgers = PortfolioGenerator.ledgers(accounts);
    Map<AccountId, ArrangementRecord> arrangements = PortfolioGenerator.arrangements(ledgers);
    PencePortfolio pence = PencePortfolio.of(ledgers, arrangements);
    PortfolioSweep sweep = new PortfolioSweep(asOf, bands, List.of());
    ArrangementMonitoringStep monitoring = new ArrangementMonitoringStep(asOf, arrangements);
    PortfolioSweep withMonitoring = new PortfolioSweep(asOf, bands, List.of(monitoring));
    RecoveryDecisionStep decisions = new RecoveryDecisionStep(asOf);
    PortfolioSweep withDecision = new PortfolioSweep(asOf, bands, List.of(monitoring, decisions));
    long[] baselineStates = new long[ArrangementState.values().length];
    SweepCheck.requireAgreement(
        withMonitoring.sweep(ledgers.stream()),
        pence.sweepMonitoring(asOf, bands, tolerance, baselineStates));
    SweepCheck.requireSameStates(monitoring.states(), baselineStates);
    System.out.printf(
        Locale.UK,
        "%d accounts, %d entries (%.1f an account), %d live arrangements (%.1f%%),"
            + " %d pass(es) per timing, %d rounds%n",
        pence.accounts(),
        pence.entries(),
        (double) pence.entries() / pence.accounts(),
        pence.arrangements(),
        100.0 * pence.arrangements() / pence.accounts(),
        passes,
        rounds);
    System.out.println(
        "arrangement reviews by state (domain = baseline): " + states(monitoring.states()));
    monitoring.clear();
    figuresHeap(ledgers, pence.entries());

    long[] scratch = new long[ArrangementState.values().length];
    Pass baseline = new Pass("baseline (long pence)", null, () -> pence.sweep(asOf, bands)[0]);
    Pass baselineMonitoring =
        new Pass(
            "baseline + monitoring",
            null,
            () -> pence.sweepMonitoring(asOf, bands, tolerance, scratch)[0]);
    // Ledgers whose figures (Ledger.figures()) are not made yet, copied afresh before each timing.
    List<List<Ledger>> fresh = new ArrayList<>(List.of(List.of()));
    Runnable freshCopies = () -> fresh.set(0, freshCopies(ledgers));
    List<Pass> kinds =
        List.of(
            baseline,
            baselineMonitoring,
            new Pass(
                "domain: allocation + ageing",
                baseline,
                () -> sweep.sweep(ledgers.stream()).accounts()),
            new Pass(
                "domain: first sweep (+ figures)",
                baseline,
                () -> sweep.sweep(fresh.get(0).stream()).accounts(),
                freshCopies),
            new Pass(
                "making the ledger figures only",
                baseline,
                () -> makeFigures(fresh.get(0)),
                freshCopies),
            new Pass(
                "domain: + monitoring",
                baselineMonitoring,
                () -> withMonitoring.sweep(ledgers.stream()).accounts()),
            new Pass(
                "domain: + monitoring + decision",
                baselineMonitoring,
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
    for (Pass kind : kinds) {
      Pass against = kind.baseline == null ? kind : kind.baseline;
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = (double) kind.cpuNanos.get(r) / against.cpuNanos.get(r);
      }
      System.out.printf(
          Locale.UK,
          "%-32s wall %,10.0f accounts/s (median; best %,10.0f)  cpu %,10.0f accounts/s"
              + "  ratio to %s (cpu, median of rounds) %6.1f×  gc %,d ms%n",
          kind.name,
          swept / median(kind.wallNanos) * 1e9,
          swept / min(kind.wallNanos) * 1e9,
          swept / median(kind.cpuNanos) * 1e9,
          against.name,
          median(ratios),
          kind.gcMillis);
    }
    System.out.println("decisions by outcome (all passes): " + decisions.outcomes());
  }

  /**
   * Copies of {@code ledgers} with the same entries whose figures ({@link Ledger#figures()}) are
   * not made yet, as ledgers just read from a store would be.
   */
  private static List<Ledger> freshCopies(List<Ledger> ledgers) {
    List<Ledger> copies = new ArrayList<>(ledgers.size());
    for (Ledger ledger : ledgers) {
      copies.add(Ledger.of(ledger.account(), ledger.entries()));
    }
    return copies;
  }

  /** Makes the figures of each ledger; returns how many ledgers there were. */
  private static long makeFigures(List<Ledger> ledgers) {
    long entries = 0;
    for (Ledger ledger : ledgers) {
      entries += ledger.figures().size();
    }
    return ledgers.size() + (entries & 1);
  }

  /**
   * Prints the heap the ledgers' figures take, an entry: the used heap after a full collection,
   * with and without the figures of fresh copies of the ledgers held.
   */
  private static void figuresHeap(List<Ledger> ledgers, long entries) {
    // Measured twice; the first difference can take in other garbage the start-up left.
    long bytes = 0;
    for (int attempt = 0; attempt < 2; attempt++) {
      List<Ledger> copies = freshCopies(ledgers);
      long without = usedAfterGc();
      makeFigures(copies);
      bytes = usedAfterGc() - without;
      Reference.reachabilityFence(copies);
    }
    System.out.printf(
        Locale.UK,
        "ledger figures: %,d bytes of heap for %,d entries, %.1f bytes an entry%n",
        bytes,
        entries,
        (double) bytes / entries);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Sweeps {@code accounts} distinct generated accounts, {@code chunk} at a time. */
  private static void streamed(int accounts, int chunk) {
    AgeingBands bands = AgeingBands.standard();
    LocalDate asOf = PortfolioGenerator.AS_OF;
    int tolerance = PortfolioGenerator.MONITORING.on(asOf).toleranceDays();
    Iterator<Ledger> ledgers = PortfolioGenerator.stream(accounts).iterator();
    long swept = 0;
    long entries = 0;
    long arranged = 0;
    long[] baselineTotals = null;
    AgedDebt domainTotal = AgedDebt.none(asOf, bands);
    long[] domainStates = new long[ArrangementState.values().length];
    long[] baselineStates = new long[ArrangementState.values().length];
    Pass baseline = new Pass("baseline + monitoring", null, () -> 0);
    Pass domain = new Pass("domain: + monitoring + decision", baseline, () -> 0);
    boolean warm = false;
    while (ledgers.hasNext()) {
      List<Ledger> part = new ArrayList<>(chunk);
      while (ledgers.hasNext() && part.size() < chunk) {
        part.add(ledgers.next());
      }
      Map<AccountId, ArrangementRecord> arrangements = PortfolioGenerator.arrangements(part);
      PencePortfolio pence = PencePortfolio.of(part, arrangements);
      ArrangementMonitoringStep monitoring = new ArrangementMonitoringStep(asOf, arrangements);
      PortfolioSweep sweep =
          new PortfolioSweep(asOf, bands, List.of(monitoring, new RecoveryDecisionStep(asOf)));
      if (!warm) {
        sweep.sweep(part.stream());
        pence.sweepMonitoring(asOf, bands, tolerance, new long[baselineStates.length]);
        monitoring.clear();
        warm = true;
      }
      long[][] baselineOut = new long[1][];
      AgedDebt[] domainOut = new AgedDebt[1];
      baseline.timeOnce(
          () -> baselineOut[0] = pence.sweepMonitoring(asOf, bands, tolerance, baselineStates));
      domain.timeOnce(() -> domainOut[0] = sweep.sweep(part.stream()));
      SweepCheck.requireAgreement(domainOut[0], baselineOut[0]);
      baselineTotals = add(baselineTotals, baselineOut[0]);
      domainTotal = domainTotal.plus(domainOut[0]);
      long[] states = monitoring.states();
      for (int i = 0; i < states.length; i++) {
        domainStates[i] += states[i];
      }
      swept += part.size();
      entries += pence.entries();
      arranged += pence.arrangements();
    }
    SweepCheck.requireAgreement(domainTotal, baselineTotals);
    SweepCheck.requireSameStates(domainStates, baselineStates);
    long baselineCpu = baseline.cpuNanos.stream().mapToLong(Long::longValue).sum();
    long domainCpu = domain.cpuNanos.stream().mapToLong(Long::longValue).sum();
    long baselineWall = baseline.wallNanos.stream().mapToLong(Long::longValue).sum();
    long domainWall = domain.wallNanos.stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        Locale.UK,
        "%,d accounts streamed in chunks of %,d, %,d entries (%.1f an account),"
            + " %,d live arrangements%n",
        swept,
        chunk,
        entries,
        (double) entries / swept,
        arranged);
    System.out.println("arrangement reviews by state (domain = baseline): " + states(domainStates));
    System.out.printf(
        Locale.UK,
        "%-32s wall %,10.0f accounts/s  cpu %,10.0f accounts/s  (%.1f s cpu)%n",
        baseline.name,
        swept / (double) baselineWall * 1e9,
        swept / (double) baselineCpu * 1e9,
        baselineCpu / 1e9);
    System.out.printf(
        Locale.UK,
        "%-32s wall %,10.0f accounts/s  cpu %,10.0f accounts/s  (%.1f s cpu)"
            + "  ratio to baseline (cpu, summed) %.1f×  gc %,d ms%n",
        domain.name,
        swept / (double) domainWall * 1e9,
        swept / (double) domainCpu * 1e9,
        domainCpu / 1e9,
        (double) domainCpu / baselineCpu,
        domain.gcMillis);
  }

  private static long[] add(long @Nullable [] sum, long[] next) {
    if (sum == null) {
      return next.clone();
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], next[i]);
    }
    return sum;
  }

  private static String states(long[] counts) {
    StringBuilder text = new StringBuilder();
    for (ArrangementState state : ArrangementState.values()) {
      if (counts[state.ordinal()] > 0) {
        text.append(text.length() == 0 ? "" : ", ")
            .append(state)
            .append('=')
            .append(counts[state.ordinal()]);
      }
    }
    return text.toString();
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
    final @Nullable Pass baseline;
    final LongSupplier work;
    final @Nullable Runnable prepare;
    final List<Long> wallNanos = new ArrayList<>();
    final List<Long> cpuNanos = new ArrayList<>();
    long gcMillis;
    long sink;

    Pass(String name, @Nullable Pass baseline, LongSupplier work) {
      this(name, baseline, work, null);
    }

    /** A pass that runs {@code prepare}, untimed, before each timed sweep. */
    Pass(String name, @Nullable Pass baseline, LongSupplier work, @Nullable Runnable prepare) {
      this.name = name;
      this.baseline = baseline;
      this.work = work;
      this.prepare = prepare;
    }

    void time(int passes) {
      long gcTotal = 0;
      long cpuTotal = 0;
      long wallTotal = 0;
      for (int p = 0; p < passes; p++) {
        if (prepare != null) {
          prepare.run();
        }
        // A full collection, untimed, so that each pass pays for its own garbage and not for what
        // the pass before it (such as the first sweep's discarded ledger copies) left in the heap.
        System.gc();
        long gcBefore = gcMillis();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        sink += work.getAsLong();
        wallTotal += System.nanoTime() - wall;
        cpuTotal += THREADS.getCurrentThreadCpuTime() - cpu;
        gcTotal += gcMillis() - gcBefore;
      }
      wallNanos.add(wallTotal);
      cpuNanos.add(cpuTotal);
      gcMillis += gcTotal;
    }

    /** Times {@code work} once, outside the rounds. */
    void timeOnce(Runnable work) {
      long gcBefore = gcMillis();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      work.run();
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
