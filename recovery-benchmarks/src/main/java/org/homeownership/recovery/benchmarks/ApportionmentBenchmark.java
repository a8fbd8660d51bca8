package org.homeownership.recovery.benchmarks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full apportionment of {@link #dwellings} dwellings × {@value EstateGenerator#HEADS_PER_ESTATE}
 * cost heads by {@link ServiceChargeApportioner}, beside the hand-written baseline in the same run.
 * {@link #dwellingsPerEstate} sets how the stock is pooled: for 100,000 dwellings, estates of 1,000
 * (4,000 heads) or 100 (40,000 heads); the number of shares is the same. Each measurement is one
 * full apportionment (single shot), so there are enough of them to see the spread on a shared
 * machine; {@link ApportionmentRunner} measures the same with the baseline taking turns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class ApportionmentBenchmark {

  /** Dwellings in the stock. */
  @Param({"100000"})
  public int dwellings;

  /**
   * Dwellings on each estate, which is the pool each head is shared over; 0 puts every dwelling on
   * one estate ({@code -p dwellingsPerEstate=0}), which the exact path took minutes over and the
   * pooled path does in linear time (see docs/performance.md).
   */
  @Param({"1000", "100"})
  public int dwellingsPerEstate;

  private EstateGenerator.Stock stock;
  private ServiceChargeApportioner apportioner;

  /** Generates the stock and checks the baseline agrees with the domain, once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    stock =
        EstateGenerator.generate(
            dwellings, dwellingsPerEstate == 0 ? dwellings : dwellingsPerEstate);
    apportioner =
        new ServiceChargeApportioner(
            ApportionmentPolicy.councilBearsResidue(Map.of(1, BigDecimal.ONE)));
    Apportionment domain = domainApportionment();
    long[] baseline = baselineApportionment();
    for (int d = 0; d < dwellings; d++) {
      Dwelling dwelling = stock.dwellings().get(d);
      ServiceChargeBill bill = domain.bills().get(dwelling.id());
      long pence = bill == null ? 0 : bill.subtotal().pence();
      if (pence != baseline[d]) {
        throw new IllegalStateException(
            "baseline bills " + baseline[d] + "p to " + dwelling.id() + ", the domain " + pence);
      }
    }
  }

  /** The apportionment with the domain types. */
  @Benchmark
  public Apportionment domainApportionment() {
    return apportioner.apportion(stock.budget(), stock.dwellings(), stock.leases());
  }

  /** The same split as a plain loop over long weights and pence; milliseconds, so more shots. */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public long[] baselineApportionment() {
    return PenceApportionment.apportion(stock);
  }
}
