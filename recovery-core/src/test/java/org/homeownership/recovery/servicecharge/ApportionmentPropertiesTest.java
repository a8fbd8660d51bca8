package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.servicecharge.Pools.HACKNEY_LIVING_SPACE_FACTOR;
import static org.homeownership.recovery.servicecharge.Pools.YEAR_2025;
import static org.homeownership.recovery.servicecharge.Pools.flat;
import static org.homeownership.recovery.servicecharge.Pools.lease;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

/** The money laws of apportionment, on random blocks, bases, residue rules and totals. */
class ApportionmentPropertiesTest {

  private static final ApportionmentBasis[] WEIGHTED = {
    ApportionmentBasis.RATEABLE_VALUE,
    ApportionmentBasis.GROSS_VALUE,
    ApportionmentBasis.FLOOR_AREA,
    ApportionmentBasis.BEDROOM_WEIGHTING,
    ApportionmentBasis.BED_SPACES,
    ApportionmentBasis.EQUAL_SHARES
  };

  /** A random block of 1 to 60 flats with every attribute, leases naming one basis. */
  private record Block(List<Dwelling> dwellings, List<Lease> leases, ApportionmentBasis basis) {}

  private static Block block(long seed, int size) {
    Random random = new Random(seed);
    ApportionmentBasis basis = WEIGHTED[random.nextInt(WEIGHTED.length)];
    List<Dwelling> dwellings = new ArrayList<>();
    List<Lease> leases = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = String.format("F%03d", i);
      Tenure tenure = Tenure.values()[random.nextInt(Tenure.values().length)];
      dwellings.add(
          flat(id, tenure)
              .rateableValue(BigDecimal.valueOf(random.nextInt(900)))
              .grossValue(BigDecimal.valueOf(1 + random.nextInt(90_000), 2))
              .floorArea(BigDecimal.valueOf(1 + random.nextInt(15_000), 2))
              .bedrooms(random.nextInt(5))
              .bedSpaces(1 + random.nextInt(8))
              .build());
      if (tenure != Tenure.TENANTED) {
        leases.add(lease(id, basis));
      }
    }
    return new Block(dwellings, leases, basis);
  }

  private static ServiceChargeApportioner apportioner(ResidueRule rule) {
    return new ServiceChargeApportioner(
        new ApportionmentPolicy(
            ImmutableSortedMap.copyOf(HACKNEY_LIVING_SPACE_FACTOR), rule, RoundingMode.HALF_UP));
  }

  @Test
  void billedSharesPlusTheCouncilsPartEqualEachHeadAndShareGrowsWithWeight() {
    qt().forAll(longs().all(), integers().between(1, 60), longs().between(0, 100_000_000))
        .checkAssert(
            (seed, size, pence) -> {
              Block block = block(seed, size);
              CostHead head =
                  CostHead.builder()
                      .name("Cleaning")
                      .pool(CostPool.block(Pools.BLOCK))
                      .total(Money.ofPence(pence))
                      .build();
              ServiceChargeBudget budget =
                  ServiceChargeBudget.builder()
                      .year(YEAR_2025)
                      .stage(BudgetStage.ESTIMATE)
                      .addHeads(head)
                      .build();
              boolean weightless =
                  block.dwellings().stream()
                      .allMatch(d -> d.rateableValue().orElseThrow().signum() == 0);
              if (block.basis() == ApportionmentBasis.RATEABLE_VALUE && weightless) {
                return; // every weight zero: nothing to share by
              }
              for (ResidueRule rule : ResidueRule.values()) {
                Apportionment result =
                    apportioner(rule).apportion(budget, block.dwellings(), block.leases());
                Money billed =
                    result.bills().values().stream()
                        .map(ServiceChargeBill::total)
                        .reduce(Money.ZERO, Money::plus);
                assertThat(billed.plus(result.councilShare(head))).isEqualTo(head.total());

                List<ApportionmentLine> lines =
                    result.bills().values().stream().map(b -> b.lines().get(0)).toList();
                for (ApportionmentLine a : lines) {
                  BigDecimal distance = a.share().pounds().subtract(a.exactShare()).abs();
                  assertThat(distance).isLessThan(new BigDecimal("0.01"));
                  for (ApportionmentLine b : lines) {
                    if (a.weight().compareTo(b.weight()) < 0) {
                      assertThat(a.share()).isLessThanOrEqualTo(b.share());
                    }
                  }
                }
              }
            });
  }
}
