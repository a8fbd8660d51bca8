package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.servicecharge.Pools.BLOCK;
import static org.homeownership.recovery.servicecharge.Pools.ESTATE;
import static org.homeownership.recovery.servicecharge.Pools.HACKNEY_LIVING_SPACE_FACTOR;
import static org.homeownership.recovery.servicecharge.Pools.YEAR_2025;
import static org.homeownership.recovery.servicecharge.Pools.flat;
import static org.homeownership.recovery.servicecharge.Pools.lease;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

class ServiceChargeApportionerTest {

  private static final ServiceChargeApportioner COUNCIL_BEARS =
      new ServiceChargeApportioner(
          ApportionmentPolicy.councilBearsResidue(HACKNEY_LIVING_SPACE_FACTOR));

  private static ServiceChargeBudget budget(CostHead... heads) {
    return ServiceChargeBudget.builder()
        .year(YEAR_2025)
        .stage(BudgetStage.ESTIMATE)
        .addHeads(heads)
        .build();
  }

  private static CostHead blockHead(String name, String total) {
    return CostHead.builder()
        .name(name)
        .pool(CostPool.block(BLOCK))
        .total(Money.parse(total))
        .build();
  }

  @Test
  void bedroomWeightingSharesByTheLivingSpaceFactorAndTheCouncilBearsTenantedFlats() {
    // Hackney: share = flat factor ÷ sum of factors in the block × cost (§4).
    List<Dwelling> block =
        List.of(
            flat("F1", Tenure.LEASEHOLD).bedrooms(1).build(),
            flat("F2", Tenure.LEASEHOLD).bedrooms(2).build(),
            flat("F3", Tenure.TENANTED).bedrooms(0).build(),
            flat("F4", Tenure.TENANTED).bedrooms(3).build());
    CostHead cleaning = blockHead("Block cleaning", "1300.00");

    Apportionment result =
        COUNCIL_BEARS.apportion(
            budget(cleaning),
            block,
            List.of(
                lease("F1", ApportionmentBasis.BEDROOM_WEIGHTING),
                lease("F2", ApportionmentBasis.BEDROOM_WEIGHTING)));

    ApportionmentLine f1 = result.bill(DwellingId.of("F1")).orElseThrow().lines().get(0);
    assertThat(f1.weight()).isEqualByComparingTo("3.0");
    assertThat(f1.poolWeight()).isEqualByComparingTo("13.0");
    assertThat(f1.exactShare()).isEqualByComparingTo("300");
    assertThat(f1.share()).isEqualTo(Money.parse("300.00"));
    assertThat(result.bill(DwellingId.of("F2")).orElseThrow().total())
        .isEqualTo(Money.parse("400.00"));
    assertThat(result.councilShare(cleaning)).isEqualTo(Money.parse("600.00"));
    assertThat(result.bill(DwellingId.of("F3"))).isEmpty();
    assertThat(f1.explain())
        .isEqualTo(
            "Block cleaning: £1,300.00 shared over block MARLOWE by bedroom weighting; this"
                + " dwelling's weight 3 of 13 = £300.00, charged £300.00 (each share rounded"
                + " half-up; the council's tenanted pool bears the residue)");
  }

  @Test
  void equalSharesOverEveryDwellingTenantedIncludedLikeHull() {
    // Hull: an equal share, e.g. 1/112 (§4). £10,000 / 112 = £89.2857…: each leaseholder pays
    // £89.29 and the council bears the rest for its 100 tenanted flats.
    List<Dwelling> estate = new ArrayList<>();
    List<Lease> leases = new ArrayList<>();
    for (int i = 1; i <= 112; i++) {
      String id = String.format("H%03d", i);
      estate.add(flat(id, i <= 12 ? Tenure.LEASEHOLD : Tenure.TENANTED).build());
      if (i <= 12) {
        leases.add(lease(id, ApportionmentBasis.EQUAL_SHARES));
      }
    }
    CostHead grounds =
        CostHead.builder()
            .name("Estate grounds maintenance")
            .pool(CostPool.estate(ESTATE))
            .total(Money.parse("10000.00"))
            .build();

    Apportionment result = COUNCIL_BEARS.apportion(budget(grounds), estate, leases);

    assertThat(result.bills()).hasSize(12);
    result
        .bills()
        .values()
        .forEach(bill -> assertThat(bill.total()).isEqualTo(Money.parse("89.29")));
    assertThat(result.councilShare(grounds)).isEqualTo(Money.parse("8928.52"));
  }

  @Test
  void rateableValueSharesByTheFlatsRateableValue() {
    // Greenwich, Newham: share = flat RV ÷ total RV in the block × cost (§4).
    List<Dwelling> block =
        List.of(
            flat("R1", Tenure.LEASEHOLD).rateableValue(new BigDecimal("250")).build(),
            flat("R2", Tenure.TENANTED).rateableValue(new BigDecimal("4750")).build());

    Apportionment result =
        COUNCIL_BEARS.apportion(
            budget(blockHead("Lift maintenance", "2000.00")),
            block,
            List.of(lease("R1", ApportionmentBasis.RATEABLE_VALUE)));

    assertThat(result.bill(DwellingId.of("R1")).orElseThrow().total())
        .isEqualTo(Money.parse("100.00"));
  }

  @Test
  void aManagementFeeIsAddedOnTopOfTheSubtotal() {
    // Southampton: a 15% management and administration fee (§4).
    List<Dwelling> block =
        List.of(flat("S1", Tenure.LEASEHOLD).build(), flat("S2", Tenure.TENANTED).build());
    ServiceChargeBudget withFee =
        ServiceChargeBudget.builder()
            .from(
                budget(
                    blockHead("Block cleaning", "500.00"),
                    blockHead("Communal electricity", "300.00")))
            .managementFeeRate(new BigDecimal("0.15"))
            .build();

    ServiceChargeBill bill =
        COUNCIL_BEARS
            .apportion(withFee, block, List.of(lease("S1", ApportionmentBasis.EQUAL_SHARES)))
            .bill(DwellingId.of("S1"))
            .orElseThrow();

    assertThat(bill.subtotal()).isEqualTo(Money.parse("400.00"));
    assertThat(bill.managementFee().orElseThrow().fee()).isEqualTo(Money.parse("60.00"));
    assertThat(bill.total()).isEqualTo(Money.parse("460.00"));
  }

  @Test
  void fixedPercentagesMustTotalOneHundred() {
    List<Dwelling> block =
        List.of(
            flat("P1", Tenure.LEASEHOLD).fixedBlockPercentage(new BigDecimal("12.5")).build(),
            flat("P2", Tenure.TENANTED).fixedBlockPercentage(new BigDecimal("87.5")).build());
    List<Lease> leases = List.of(lease("P1", ApportionmentBasis.FIXED_PERCENTAGE));

    assertThat(
            COUNCIL_BEARS
                .apportion(budget(blockHead("Buildings insurance", "4321.00")), block, leases)
                .bill(DwellingId.of("P1"))
                .orElseThrow()
                .total())
        .isEqualTo(Money.parse("540.13"));

    List<Dwelling> short99 =
        List.of(
            flat("P1", Tenure.LEASEHOLD).fixedBlockPercentage(new BigDecimal("12.5")).build(),
            flat("P2", Tenure.TENANTED).fixedBlockPercentage(new BigDecimal("86.5")).build());
    assertThatThrownBy(
            () ->
                COUNCIL_BEARS.apportion(budget(blockHead("Insurance", "100.00")), short99, leases))
        .hasMessage(
            "cost head 'Insurance': the fixed percentages in block MARLOWE total 99.0%, not 100%");
  }

  @Test
  void aDirectChargeGoesToTheDwellingsNamed() {
    List<Dwelling> block =
        List.of(flat("D1", Tenure.LEASEHOLD).build(), flat("D2", Tenure.TENANTED).build());
    CostHead door =
        CostHead.builder()
            .name("Replacement entry door")
            .pool(CostPool.block(BLOCK))
            .total(Money.parse("900.00"))
            .putDirectCharges(DwellingId.of("D1"), Money.parse("650.00"))
            .putDirectCharges(DwellingId.of("D2"), Money.parse("250.00"))
            .build();

    Apportionment result =
        COUNCIL_BEARS.apportion(
            budget(door), block, List.of(lease("D1", ApportionmentBasis.EQUAL_SHARES)));

    assertThat(result.bill(DwellingId.of("D1")).orElseThrow().lines().get(0).basis())
        .isEqualTo(ApportionmentBasis.DIRECT_CHARGE);
    assertThat(result.bill(DwellingId.of("D1")).orElseThrow().total())
        .isEqualTo(Money.parse("650.00"));
    assertThat(result.councilShare(door)).isEqualTo(Money.parse("250.00"));
  }

  @Test
  void withNoTenantedFlatsTheResidueFallsByLargestRemainderAndSaysSo() {
    List<Dwelling> block =
        List.of(
            flat("A", Tenure.LEASEHOLD).build(),
            flat("B", Tenure.LEASEHOLD).build(),
            flat("C", Tenure.SHARED_OWNERSHIP).build());
    List<Lease> leases =
        List.of(
            lease("A", ApportionmentBasis.EQUAL_SHARES),
            lease("B", ApportionmentBasis.EQUAL_SHARES),
            lease("C", ApportionmentBasis.EQUAL_SHARES));

    Apportionment result =
        COUNCIL_BEARS.apportion(budget(blockHead("Cleaning", "100.00")), block, leases);

    assertThat(result.bills().values())
        .extracting(ServiceChargeBill::total)
        .containsExactly(Money.parse("33.34"), Money.parse("33.33"), Money.parse("33.33"));
    assertThat(result.bills().values().iterator().next().lines().get(0).residueRule())
        .startsWith("largest remainder")
        .contains("no tenanted dwellings");
  }

  @Test
  void dataThatCannotBeApportionedIsRefusedByName() {
    List<Dwelling> block =
        List.of(
            flat("X1", Tenure.LEASEHOLD).bedrooms(2).build(),
            flat("X2", Tenure.LEASEHOLD).build(),
            flat("X3", Tenure.TENANTED).bedrooms(7).build());
    ServiceChargeBudget cleaning = budget(blockHead("Cleaning", "100.00"));

    assertThatThrownBy(
            () ->
                COUNCIL_BEARS.apportion(
                    cleaning, block, List.of(lease("X1", ApportionmentBasis.EQUAL_SHARES))))
        .hasMessage("cost head 'Cleaning': dwelling X2 is LEASEHOLD but has no lease terms");
    assertThatThrownBy(
            () ->
                COUNCIL_BEARS.apportion(
                    cleaning,
                    block,
                    List.of(
                        lease("X1", ApportionmentBasis.EQUAL_SHARES),
                        lease("X2", ApportionmentBasis.FLOOR_AREA))))
        .hasMessage(
            "cost head 'Cleaning': the leases in block MARLOWE name different bases: floor area"
                + " [X2], equal shares [X1]");
    List<Lease> bedrooms =
        List.of(
            lease("X1", ApportionmentBasis.BEDROOM_WEIGHTING),
            lease("X2", ApportionmentBasis.BEDROOM_WEIGHTING));
    assertThatThrownBy(() -> COUNCIL_BEARS.apportion(cleaning, block, bedrooms))
        .hasMessage("dwelling X2 has no bedrooms, which its basis needs");
    List<Dwelling> sevenBedrooms =
        List.of(
            flat("X1", Tenure.LEASEHOLD).bedrooms(2).build(),
            flat("X2", Tenure.LEASEHOLD).bedrooms(1).build(),
            flat("X3", Tenure.TENANTED).bedrooms(7).build());
    assertThatThrownBy(() -> COUNCIL_BEARS.apportion(cleaning, sevenBedrooms, bedrooms))
        .hasMessage("dwelling X3 has 7 bedrooms, which the bedroom weighting table does not list");
    CostHead elsewhere =
        CostHead.builder()
            .name("Cleaning")
            .pool(CostPool.block(org.homeownership.recovery.property.BlockId.of("KEATS")))
            .total(Money.parse("1.00"))
            .build();
    assertThatThrownBy(() -> COUNCIL_BEARS.apportion(budget(elsewhere), block, bedrooms))
        .hasMessage("cost head 'Cleaning': block KEATS has no dwellings");
    assertThatThrownBy(
            () ->
                CostHead.builder()
                    .name("Door")
                    .pool(CostPool.block(BLOCK))
                    .total(Money.parse("10.00"))
                    .putDirectCharges(DwellingId.of("X1"), Money.parse("9.00"))
                    .build())
        .hasMessage("cost head 'Door': direct charges add up to 9.00, not the total 10.00");
  }

  @Test
  void anEstateHeadUsesTheLeasesEstateBasis() {
    List<Dwelling> estate =
        List.of(
            flat("E1", Tenure.LEASEHOLD).floorArea(new BigDecimal("60")).build(),
            flat("E2", Tenure.FREEHOLD).floorArea(new BigDecimal("90")).build(),
            flat("E3", Tenure.TENANTED).floorArea(new BigDecimal("50")).build());
    List<Lease> leases =
        List.of(
            Lease.builder()
                .from(lease("E1", ApportionmentBasis.EQUAL_SHARES))
                .estateBasis(ApportionmentBasis.FLOOR_AREA)
                .build(),
            Lease.builder()
                .from(lease("E2", ApportionmentBasis.EQUAL_SHARES))
                .estateBasis(ApportionmentBasis.FLOOR_AREA)
                .build());
    CostHead lighting =
        CostHead.builder()
            .name("Estate lighting")
            .pool(CostPool.estate(ESTATE))
            .total(Money.parse("1000.00"))
            .build();

    Apportionment result = COUNCIL_BEARS.apportion(budget(lighting), estate, leases);

    assertThat(result.bills()).containsOnlyKeys(DwellingId.of("E1"), DwellingId.of("E2"));
    assertThat(result.bill(DwellingId.of("E1")).orElseThrow().total())
        .isEqualTo(Money.parse("300.00"));
    assertThat(result.bill(DwellingId.of("E2")).orElseThrow().total())
        .isEqualTo(Money.parse("450.00"));
    assertThat(result.councilShare(lighting)).isEqualTo(Money.parse("250.00"));
  }

  @Test
  void reproducesEveryFigureFromItsAuditLine() {
    List<Dwelling> block =
        List.of(
            flat("F1", Tenure.LEASEHOLD).bedrooms(1).build(),
            flat("F2", Tenure.LEASEHOLD).bedrooms(3).build(),
            flat("F3", Tenure.TENANTED).bedrooms(2).build());
    Apportionment result =
        COUNCIL_BEARS.apportion(
            budget(blockHead("Cleaning", "1234.57"), blockHead("Electricity", "777.77")),
            block,
            List.of(
                lease("F1", ApportionmentBasis.BEDROOM_WEIGHTING),
                lease("F2", ApportionmentBasis.BEDROOM_WEIGHTING)));
    for (ServiceChargeBill bill : result.bills().values()) {
      for (ApportionmentLine line : bill.lines()) {
        BigDecimal exact =
            line.poolTotal()
                .pounds()
                .multiply(line.weight())
                .divide(line.poolWeight(), new java.math.MathContext(20));
        assertThat(line.exactShare()).isEqualByComparingTo(exact);
        assertThat(line.share())
            .isEqualTo(Money.ofPounds(exact.setScale(2, java.math.RoundingMode.HALF_UP)));
      }
    }
  }

  @Test
  void theBudgetRefusesAnOutOfRangeFee() {
    assertThatThrownBy(
            () ->
                ServiceChargeBudget.builder()
                    .from(budget())
                    .managementFeeRate(new BigDecimal("15"))
                    .build())
        .hasMessage("management fee rate must be from 0 to 1, not 15");
  }
}
