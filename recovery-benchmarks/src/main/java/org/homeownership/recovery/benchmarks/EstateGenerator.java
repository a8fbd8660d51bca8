package org.homeownership.recovery.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.CostHead;
import org.homeownership.recovery.servicecharge.CostPool;
import org.homeownership.recovery.servicecharge.ServiceChargeBudget;

/**
 * Generates a council's housing stock and service charge budget with a fixed seed: {@code
 * dwellings} dwellings on estates of {@code dwellingsPerEstate}, in blocks of 50, 55% tenanted, 40%
 * leasehold and 5% shared ownership, with whole-pound rateable values from £150 to £599; and a
 * budget of {@value #HEADS_PER_ESTATE} cost heads for each estate, shared by rateable value. Every
 * dwelling is in exactly {@value #HEADS_PER_ESTATE} heads' pools, so a full apportionment has
 * {@code dwellings × 40} shares however the estates are sized.
 *
 * <p>The same stock is also given as flat arrays for the hand-written baseline.
 */
public final class EstateGenerator {

  /** Cost heads per estate, and so per dwelling. */
  public static final int HEADS_PER_ESTATE = 40;

  private static final long SEED = 20261124L;

  /** The stock and its budget, as domain types and as flat arrays. */
  public record Stock(
      List<Dwelling> dwellings,
      List<Lease> leases,
      ServiceChargeBudget budget,
      int[] estateOf,
      long[] weight,
      boolean[] tenanted,
      int[] headEstate,
      long[] headPence) {}

  private EstateGenerator() {}

  /** Generates the stock. */
  public static Stock generate(int dwellings, int dwellingsPerEstate) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Dwelling> stock = new ArrayList<>(dwellings);
    List<Lease> leases = new ArrayList<>();
    int[] estateOf = new int[dwellings];
    long[] weight = new long[dwellings];
    boolean[] tenanted = new boolean[dwellings];
    for (int d = 0; d < dwellings; d++) {
      int roll = random.nextInt(100);
      Tenure tenure =
          roll < 55 ? Tenure.TENANTED : roll < 95 ? Tenure.LEASEHOLD : Tenure.SHARED_OWNERSHIP;
      int rateable = 150 + random.nextInt(450);
      DwellingId id = DwellingId.of(String.format("DW-%07d", d + 1));
      estateOf[d] = d / dwellingsPerEstate;
      weight[d] = rateable;
      tenanted[d] = tenure == Tenure.TENANTED;
      stock.add(
          Dwelling.builder()
              .id(id)
              .estate(EstateId.of(estate(estateOf[d])))
              .block(BlockId.of(String.format("BL-%05d", d / 50)))
              .tenure(tenure)
              .rateableValue(BigDecimal.valueOf(rateable))
              .bedrooms(1 + random.nextInt(4))
              .build());
      if (tenure != Tenure.TENANTED) {
        leases.add(
            Lease.builder()
                .dwelling(id)
                .leaseDate(LocalDate.of(1985 + random.nextInt(35), 1 + random.nextInt(12), 1))
                .blockBasis(ApportionmentBasis.RATEABLE_VALUE)
                .estateBasis(ApportionmentBasis.RATEABLE_VALUE)
                .build());
      }
    }
    int estates = (dwellings + dwellingsPerEstate - 1) / dwellingsPerEstate;
    List<CostHead> heads = new ArrayList<>(estates * HEADS_PER_ESTATE);
    int[] headEstate = new int[estates * HEADS_PER_ESTATE];
    long[] headPence = new long[estates * HEADS_PER_ESTATE];
    int h = 0;
    for (int e = 0; e < estates; e++) {
      for (int n = 1; n <= HEADS_PER_ESTATE; n++) {
        // £5 to £80 a dwelling a year for each head, in pence.
        long pence =
            (long) dwellingsPerEstate * (500 + random.nextInt(7_500)) + random.nextInt(100);
        heads.add(
            CostHead.builder()
                .name(String.format("Cost head %02d", n))
                .pool(CostPool.estate(EstateId.of(estate(e))))
                .total(Money.ofPence(pence))
                .build());
        headEstate[h] = e;
        headPence[h] = pence;
        h++;
      }
    }
    ServiceChargeBudget budget =
        ServiceChargeBudget.builder()
            .year(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)))
            .stage(BudgetStage.ESTIMATE)
            .heads(heads)
            .build();
    return new Stock(stock, leases, budget, estateOf, weight, tenanted, headEstate, headPence);
  }

  private static String estate(int e) {
    return String.format("ES-%04d", e);
  }
}
