package org.homeownership.recovery.servicecharge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.ImmutableDwelling;
import org.homeownership.recovery.property.Tenure;

/** Test fixtures: dwellings, leases and a year. */
final class Pools {

  static final EstateId ESTATE = EstateId.of("TABARD");
  static final BlockId BLOCK = BlockId.of("MARLOWE");
  static final DateRange YEAR_2025 =
      DateRange.inclusive(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  /** Hackney's living space factor (LAW-AND-PRACTICE.md §4). */
  static final Map<Integer, BigDecimal> HACKNEY_LIVING_SPACE_FACTOR =
      Map.of(
          0, new BigDecimal("1.5"),
          1, new BigDecimal("3.0"),
          2, new BigDecimal("4.0"),
          3, new BigDecimal("4.5"),
          4, new BigDecimal("5.0"));

  private Pools() {}

  static ImmutableDwelling.Builder flat(String id, Tenure tenure) {
    return Dwelling.builder().id(DwellingId.of(id)).estate(ESTATE).block(BLOCK).tenure(tenure);
  }

  static Lease lease(String dwelling, ApportionmentBasis basis) {
    return Lease.builder()
        .dwelling(DwellingId.of(dwelling))
        .leaseDate(LocalDate.of(1992, 6, 1))
        .blockBasis(basis)
        .estateBasis(basis)
        .build();
  }
}
