package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.servicecharge.Pools.HACKNEY_LIVING_SPACE_FACTOR;
import static org.homeownership.recovery.servicecharge.Pools.YEAR_2025;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.ImmutableDwelling;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

/**
 * Apportioning by pool (each pool's weights worked out once, {@code long} arithmetic) gives exactly
 * what the exact path gives, head by head through {@code PenceSplitter}: equal bills, lines (every
 * figure, its scale and its order), management fees and council shares (in the same order) — or the
 * same exception with the same message. On random stocks of estates, blocks and houses, every
 * tenure and basis, both residue rules, direct charges, management fees, totals too big for {@code
 * long} products, and broken data: missing leases and attributes, mixed bases, fixed percentages
 * off 100%, pools with no dwellings or no weight, and dwellings given twice.
 */
class ApportionmentByPoolTest {

  private static final ApportionmentBasis[] BASES = ApportionmentBasis.values();

  /** Every basis but direct charging, which leases may name but a shared head refuses. */
  private static final ApportionmentBasis[] SHARED =
      Arrays.stream(BASES)
          .filter(b -> b != ApportionmentBasis.DIRECT_CHARGE)
          .toArray(ApportionmentBasis[]::new);

  /** A random stock and budget. */
  private record Case(ServiceChargeBudget budget, List<Dwelling> dwellings, List<Lease> leases) {}

  @Test
  void byPoolGivesExactlyWhatTheExactPathGives() {
    AtomicInteger apportioned = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger huge = new AtomicInteger();
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              Case c = generate(random);
              for (ResidueRule rule : ResidueRule.values()) {
                ServiceChargeApportioner apportioner = apportioner(rule);
                Object byPool =
                    outcome(() -> apportioner.apportion(c.budget, c.dwellings, c.leases, true));
                Object exact =
                    outcome(() -> apportioner.apportion(c.budget, c.dwellings, c.leases, false));
                assertThat(byPool).isEqualTo(exact);
                if (exact instanceof Apportionment a) {
                  assertThat(((Apportionment) byPool).councilShares().entrySet())
                      .containsExactlyElementsOf(a.councilShares().entrySet());
                  apportioned.incrementAndGet();
                  if (c.budget.heads().stream().anyMatch(h -> h.total().pence() > 1L << 40)) {
                    huge.incrementAndGet();
                  }
                } else {
                  refused.incrementAndGet();
                }
              }
            });
    // The generator exercises both outcomes, and totals whose products overflow a long.
    assertThat(apportioned.get()).isGreaterThan(1_000);
    assertThat(refused.get()).isGreaterThan(200);
    assertThat(huge.get()).isGreaterThan(50);
  }

  @Test
  void aWorkedSplitByLargestRemainderBreaksTiesByDwellingIdWhateverTheOrderGiven() {
    // £1.00 over three equal leaseholders and no tenants: 33.34, 33.33, 33.33, the odd penny to
    // the smallest id (A) though the dwellings are given C, A, B.
    List<Dwelling> dwellings =
        List.of(
            Pools.flat("C", Tenure.LEASEHOLD).build(),
            Pools.flat("A", Tenure.LEASEHOLD).build(),
            Pools.flat("B", Tenure.SHARED_OWNERSHIP).build());
    List<Lease> leases =
        List.of(
            Pools.lease("A", ApportionmentBasis.EQUAL_SHARES),
            Pools.lease("B", ApportionmentBasis.EQUAL_SHARES),
            Pools.lease("C", ApportionmentBasis.EQUAL_SHARES));
    ServiceChargeBudget budget =
        ServiceChargeBudget.builder()
            .year(YEAR_2025)
            .stage(BudgetStage.ESTIMATE)
            .addHeads(
                CostHead.builder()
                    .name("Cleaning")
                    .pool(CostPool.block(Pools.BLOCK))
                    .total(Money.parse("1.00"))
                    .build())
            .build();
    for (ResidueRule rule : ResidueRule.values()) {
      Apportionment result = apportioner(rule).apportion(budget, dwellings, leases);
      assertThat(result.bills().values())
          .extracting(ServiceChargeBill::total)
          .containsExactly(Money.parse("0.34"), Money.parse("0.33"), Money.parse("0.33"));
      assertThat(result).isEqualTo(apportioner(rule).apportion(budget, dwellings, leases, false));
    }
  }

  @Test
  void aTotalTooBigForLongProductsGivesTheExactSplit() {
    // 2^62 pence over weights of 250 and 4750 (9 and 13 bits): the product overflows a long.
    List<Dwelling> dwellings =
        List.of(
            Pools.flat("R1", Tenure.LEASEHOLD).rateableValue(new BigDecimal("250")).build(),
            Pools.flat("R2", Tenure.TENANTED).rateableValue(new BigDecimal("4750")).build());
    ServiceChargeBudget budget =
        ServiceChargeBudget.builder()
            .year(YEAR_2025)
            .stage(BudgetStage.ESTIMATE)
            .addHeads(
                CostHead.builder()
                    .name("Lift")
                    .pool(CostPool.block(Pools.BLOCK))
                    .total(Money.ofPence(1L << 62))
                    .build())
            .build();
    ServiceChargeApportioner apportioner = apportioner(ResidueRule.COUNCIL_BEARS);
    Apportionment result =
        apportioner.apportion(
            budget, dwellings, List.of(Pools.lease("R1", ApportionmentBasis.RATEABLE_VALUE)));
    // 2^62 × 250 ÷ 5000 = 2^62 ÷ 20 = 230584300921369395.2 → 230584300921369395p
    assertThat(result.bill(DwellingId.of("R1")).orElseThrow().total())
        .isEqualTo(Money.ofPence(230_584_300_921_369_395L));
    assertThat(result)
        .isEqualTo(
            apportioner.apportion(
                budget,
                dwellings,
                List.of(Pools.lease("R1", ApportionmentBasis.RATEABLE_VALUE)),
                false));
  }

  @Test
  void aSubtotalThatOverflowsIsRefusedAfterEveryHeadAsTheExactPathRefusesIt() {
    // One leaseholder bears two heads of 2^62 pence: the subtotal overflows a long. The exact path
    // adds the subtotal up after every head, so a later head's refusal comes first.
    List<Dwelling> dwellings =
        List.of(Pools.flat("L1", Tenure.LEASEHOLD).rateableValue(BigDecimal.TEN).build());
    List<Lease> leases = List.of(Pools.lease("L1", ApportionmentBasis.RATEABLE_VALUE));
    CostHead first = hugeHead("Lift");
    CostHead second = hugeHead("Roof");
    CostHead nowhere =
        CostHead.builder()
            .name("Cleaning")
            .pool(CostPool.block(BlockId.of("NOWHERE")))
            .total(Money.ofPence(1))
            .build();
    ServiceChargeApportioner apportioner = apportioner(ResidueRule.COUNCIL_BEARS);
    ServiceChargeBudget overflowing = budget(first, second);
    ServiceChargeBudget overflowingThenRefused = budget(first, second, nowhere);

    assertThat(outcome(() -> apportioner.apportion(overflowing, dwellings, leases)))
        .isEqualTo("java.lang.ArithmeticException: long overflow")
        .isEqualTo(outcome(() -> apportioner.apportion(overflowing, dwellings, leases, false)));
    assertThat(outcome(() -> apportioner.apportion(overflowingThenRefused, dwellings, leases)))
        .isEqualTo(
            "java.lang.IllegalArgumentException: cost head 'Cleaning': block NOWHERE has no"
                + " dwellings")
        .isEqualTo(
            outcome(() -> apportioner.apportion(overflowingThenRefused, dwellings, leases, false)));
  }

  private static CostHead hugeHead(String name) {
    return CostHead.builder()
        .name(name)
        .pool(CostPool.block(Pools.BLOCK))
        .total(Money.ofPence(1L << 62))
        .build();
  }

  private static ServiceChargeBudget budget(CostHead... heads) {
    return ServiceChargeBudget.builder()
        .year(YEAR_2025)
        .stage(BudgetStage.ESTIMATE)
        .addHeads(heads)
        .build();
  }

  private static ServiceChargeApportioner apportioner(ResidueRule rule) {
    return new ServiceChargeApportioner(
        new ApportionmentPolicy(
            ImmutableSortedMap.copyOf(HACKNEY_LIVING_SPACE_FACTOR), rule, RoundingMode.HALF_UP));
  }

  /** The apportionment, or the exception's class and message. */
  private static Object outcome(Supplier<Apportionment> apportion) {
    try {
      return apportion.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static Case generate(Random random) {
    int estates = 1 + random.nextInt(3);
    int blocks = random.nextInt(5);
    int size = 1 + random.nextInt(40);
    boolean brokenData = random.nextInt(4) == 0;
    Map<String, ApportionmentBasis> basisOfPool = new HashMap<>();
    List<EstateId> estateIds = new ArrayList<>();
    List<BlockId> blockIds = new ArrayList<>();
    for (int e = 0; e < estates; e++) {
      estateIds.add(EstateId.of("ES" + e));
      basisOfPool.put("E" + e, basis(random, brokenData));
    }
    for (int b = 0; b < blocks; b++) {
      blockIds.add(BlockId.of("BL" + b));
      basisOfPool.put("B" + b, basis(random, brokenData));
    }
    Tenure[] tenures = Tenure.values();
    List<ImmutableDwelling.Builder> builders = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int[] estateOf = new int[size];
    int[] blockOf = new int[size];
    for (int i = 0; i < size; i++) {
      String id =
          brokenData && i > 0 && random.nextInt(30) == 0
              ? ids.get(random.nextInt(ids.size()))
              : String.format("D%03d-%d", random.nextInt(1000), i);
      ids.add(id);
      estateOf[i] = random.nextInt(estates);
      blockOf[i] = blocks == 0 || random.nextInt(5) == 0 ? -1 : random.nextInt(blocks);
      Tenure tenure = random.nextInt(3) == 0 ? Tenure.TENANTED : tenures[random.nextInt(4)];
      ImmutableDwelling.Builder builder =
          Dwelling.builder()
              .id(DwellingId.of(id))
              .estate(estateIds.get(estateOf[i]))
              .tenure(tenure);
      if (blockOf[i] >= 0) {
        builder.block(blockIds.get(blockOf[i]));
      }
      boolean allThere = !brokenData || random.nextInt(10) != 0;
      if (allThere || random.nextBoolean()) {
        builder.rateableValue(decimal(random, 900));
      }
      if (allThere || random.nextBoolean()) {
        builder.grossValue(BigDecimal.valueOf(random.nextInt(90_000), 2));
      }
      if (allThere || random.nextBoolean()) {
        builder.floorArea(decimal(random, 150));
      }
      if (allThere || random.nextBoolean()) {
        builder.bedrooms(random.nextInt(brokenData ? 6 : 5));
      }
      if (allThere || random.nextBoolean()) {
        builder.bedSpaces(random.nextInt(9));
      }
      builders.add(builder);
    }
    percentages(random, estates, estateOf, builders, false, brokenData);
    percentages(random, blocks, blockOf, builders, true, brokenData);
    List<Dwelling> dwellings = new ArrayList<>();
    List<Lease> leases = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Dwelling dwelling = builders.get(i).build();
      dwellings.add(dwelling);
      if (dwelling.tenure() != Tenure.TENANTED && !(brokenData && random.nextInt(20) == 0)) {
        ApportionmentBasis blockBasis =
            blockOf[i] >= 0
                ? basisOfPool.get("B" + blockOf[i])
                : SHARED[random.nextInt(SHARED.length)];
        ApportionmentBasis estateBasis = basisOfPool.get("E" + estateOf[i]);
        if (brokenData && random.nextInt(20) == 0) {
          estateBasis = SHARED[random.nextInt(SHARED.length)];
        }
        leases.add(
            Lease.builder()
                .dwelling(dwelling.id())
                .leaseDate(LocalDate.of(1990, 1, 1))
                .blockBasis(blockBasis)
                .estateBasis(estateBasis)
                .build());
      }
    }
    Collections.shuffle(leases, random);
    ImmutableServiceChargeBudget.Builder budget =
        ServiceChargeBudget.builder().year(YEAR_2025).stage(BudgetStage.ESTIMATE);
    if (random.nextBoolean()) {
      budget.managementFeeRate(BigDecimal.valueOf(random.nextInt(101), 2));
    }
    int heads = 1 + random.nextInt(8);
    for (int h = 0; h < heads; h++) {
      budget.addHeads(head(random, h, dwellings, estateIds, blockIds, brokenData));
    }
    return new Case(budget.build(), dwellings, leases);
  }

  private static ApportionmentBasis basis(Random random, boolean brokenData) {
    // Direct charging named by the leases is refused; only broken data names it.
    return brokenData && random.nextInt(10) == 0
        ? ApportionmentBasis.DIRECT_CHARGE
        : SHARED[random.nextInt(SHARED.length)];
  }

  /** A whole number, or one with one or two decimal places, some with trailing zeros. */
  private static BigDecimal decimal(Random random, int below) {
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(below));
      case 1 -> BigDecimal.valueOf(random.nextInt(below * 10), 1);
      case 2 -> BigDecimal.valueOf(random.nextInt(below * 100), 2);
      default -> BigDecimal.valueOf(random.nextInt(below)).setScale(2);
    };
  }

  /** Fixed percentages totalling 100 in each pool, or a little off in broken data. */
  private static void percentages(
      Random random,
      int pools,
      int[] poolOf,
      List<ImmutableDwelling.Builder> builders,
      boolean block,
      boolean brokenData) {
    for (int p = 0; p < pools; p++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < poolOf.length; i++) {
        if (poolOf[i] == p) {
          members.add(i);
        }
      }
      long left = brokenData && random.nextInt(5) == 0 ? 9_990 : 10_000;
      for (int m = 0; m < members.size(); m++) {
        long part = m == members.size() - 1 ? left : (long) (random.nextDouble() * (left + 1));
        left -= part;
        BigDecimal percentage = BigDecimal.valueOf(part, 2);
        if (block) {
          builders.get(members.get(m)).fixedBlockPercentage(percentage);
        } else {
          builders.get(members.get(m)).fixedEstatePercentage(percentage);
        }
      }
    }
  }

  private static CostHead head(
      Random random,
      int h,
      List<Dwelling> dwellings,
      List<EstateId> estates,
      List<BlockId> blocks,
      boolean brokenData) {
    CostPool pool;
    if (brokenData && random.nextInt(30) == 0) {
      pool = CostPool.block(BlockId.of("NOWHERE"));
    } else if (!blocks.isEmpty() && random.nextBoolean()) {
      pool = CostPool.block(blocks.get(random.nextInt(blocks.size())));
    } else {
      pool = CostPool.estate(estates.get(random.nextInt(estates.size())));
    }
    ImmutableCostHead.Builder head = CostHead.builder().name("Head " + h).pool(pool);
    if (random.nextInt(8) == 0) {
      Map<DwellingId, Money> direct = new LinkedHashMap<>();
      CostPool charged = pool;
      List<Dwelling> members =
          dwellings.stream()
              .filter(d -> charged.contains(d) || brokenData && random.nextInt(50) == 0)
              .toList();
      long sum = 0;
      for (Dwelling dwelling : members) {
        if (random.nextBoolean() && !direct.containsKey(dwelling.id())) {
          long pence = random.nextInt(100_000);
          direct.put(dwelling.id(), Money.ofPence(pence));
          sum += pence;
        }
      }
      return head.directCharges(direct).total(Money.ofPence(sum)).build();
    }
    long pence =
        switch (random.nextInt(10)) {
          case 0 -> 0;
          case 1 -> random.nextLong() >>> (1 + random.nextInt(40));
          case 2 -> random.nextInt(100);
          default -> random.nextInt(10_000_000);
        };
    return head.total(Money.ofPence(pence)).build();
  }
}
