package org.homeownership.recovery.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;

/**
 * The apportionment of {@link ApportionmentBenchmark} measured round by round, the baseline and the
 * domain taking turns, so that on a loaded, shared machine each ratio compares two passes run
 * moments apart. Reports each pass's wall time and the thread's own CPU time (which other processes
 * on the machine disturb far less), and the median of the per-round ratios. Also the program to
 * profile: it runs nothing else.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp recovery-benchmarks/target/benchmarks.jar \
 *   org.homeownership.recovery.benchmarks.ApportionmentRunner [dwellings] [perEstate] [rounds] [warmUps]
 * </pre>
 */
public final class ApportionmentRunner {

  private ApportionmentRunner() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) {
    int dwellings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int perEstate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    EstateGenerator.Stock stock = EstateGenerator.generate(dwellings, perEstate);
    ServiceChargeApportioner apportioner =
        new ServiceChargeApportioner(
            ApportionmentPolicy.councilBearsResidue(Map.of(1, BigDecimal.ONE)));
    requireAgreement(
        stock,
        apportioner.apportion(stock.budget(), stock.dwellings(), stock.leases()),
        PenceApportionment.apportion(stock));
    System.out.printf(
        Locale.UK,
        "%,d dwellings, estates of %,d, %,d heads, %,d shares, %d warm-up and %d measured rounds%n",
        dwellings,
        perEstate,
        stock.headPence().length,
        (long) dwellings * EstateGenerator.HEADS_PER_ESTATE,
        warmUps,
        rounds);
    List<Pass> kinds =
        List.of(
            new Pass("baseline (long pence)", () -> PenceApportionment.apportion(stock)[0]),
            new Pass(
                "domain apportionment",
                () ->
                    apportioner
                        .apportion(stock.budget(), stock.dwellings(), stock.leases())
                        .bills()
                        .size()));
    for (int warm = 0; warm < warmUps; warm++) {
      kinds.forEach(Pass::time);
    }
    kinds.forEach(Pass::clear);
    for (int round = 0; round < rounds; round++) {
      kinds.forEach(Pass::time);
    }
    Pass baseline = kinds.get(0);
    long shares = (long) dwellings * EstateGenerator.HEADS_PER_ESTATE;
    for (Pass kind : kinds) {
      double[] cpuRatios = new double[rounds];
      double[] wallRatios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        cpuRatios[r] = (double) kind.cpuNanos.get(r) / baseline.cpuNanos.get(r);
        wallRatios[r] = (double) kind.wallNanos.get(r) / baseline.wallNanos.get(r);
      }
      System.out.printf(
          Locale.UK,
          "%-22s wall %,9.1f ms (median; best %,9.1f; rounds %s)  cpu %,9.1f ms (median; rounds %s)"
              + "  ratio to baseline: wall %6.1f×, cpu %6.1f× (medians of rounds)  gc %,d ms"
              + "  allocated %,.0f bytes a pass (%,.1f a share)%n",
          kind.name,
          median(kind.wallNanos) / 1e6,
          min(kind.wallNanos) / 1e6,
          kind.wallNanos.stream().map(n -> String.format(Locale.UK, "%.0f", n / 1e6)).toList(),
          median(kind.cpuNanos) / 1e6,
          kind.cpuNanos.stream().map(n -> String.format(Locale.UK, "%.0f", n / 1e6)).toList(),
          median(wallRatios),
          median(cpuRatios),
          kind.gcMillis,
          median(kind.allocated),
          median(kind.allocated) / shares);
    }
  }

  /** Throws unless every dwelling's subtotal in the domain equals the baseline's. */
  static void requireAgreement(EstateGenerator.Stock stock, Apportionment domain, long[] baseline) {
    List<Dwelling> dwellings = stock.dwellings();
    for (int d = 0; d < dwellings.size(); d++) {
      Dwelling dwelling = dwellings.get(d);
      ServiceChargeBill bill = domain.bills().get(dwelling.id());
      long pence = bill == null ? 0 : bill.subtotal().pence();
      if (pence != baseline[d]) {
        throw new IllegalStateException(
            "baseline bills " + baseline[d] + "p to " + dwelling.id() + ", the domain " + pence);
      }
    }
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
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    final String name;
    final LongSupplier work;
    final List<Long> wallNanos = new ArrayList<>();
    final List<Long> cpuNanos = new ArrayList<>();
    final List<Long> allocated = new ArrayList<>();
    long gcMillis;
    long sink;

    Pass(String name, LongSupplier work) {
      this.name = name;
      this.work = work;
    }

    void time() {
      long gcBefore = gcMillis();
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      sink += work.getAsLong();
      wallNanos.add(System.nanoTime() - wall);
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
      allocated.add(THREADS.getCurrentThreadAllocatedBytes() - bytes);
      gcMillis += gcMillis() - gcBefore;
    }

    void clear() {
      wallNanos.clear();
      cpuNanos.clear();
      allocated.clear();
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
