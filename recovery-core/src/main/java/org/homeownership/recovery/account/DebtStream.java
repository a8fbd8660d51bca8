package org.homeownership.recovery.account;

import java.util.EnumSet;
import java.util.Set;
import org.homeownership.recovery.property.Tenure;

/**
 * A kind of debt that a Home Ownership team bills and recovers. A dwelling has one account per
 * stream, because each stream has its own law, letters and recovery ladder.
 */
public enum DebtStream {
  /** Leasehold service charges: estimates, year-end balancing charges and credits. */
  SERVICE_CHARGES(
      "Service charges", EnumSet.of(Tenure.LEASEHOLD, Tenure.SHARED_OWNERSHIP, Tenure.FREEHOLD)),
  /** Major works recharged to leaseholders after s.20 consultation. */
  MAJOR_WORKS(
      "Major works", EnumSet.of(Tenure.LEASEHOLD, Tenure.SHARED_OWNERSHIP, Tenure.FREEHOLD)),
  /** District heating usage and standing charges. */
  DISTRICT_HEATING(
      "District heating", EnumSet.of(Tenure.LEASEHOLD, Tenure.SHARED_OWNERSHIP, Tenure.FREEHOLD)),
  /** Rent on the share of a shared ownership home that the owner has not bought. */
  SHARED_OWNERSHIP_RENT("Shared ownership rent", EnumSet.of(Tenure.SHARED_OWNERSHIP)),
  /** Ground rent reserved by a lease. */
  GROUND_RENT("Ground rent", EnumSet.of(Tenure.LEASEHOLD, Tenure.SHARED_OWNERSHIP)),
  /** Housing sundry debts: rechargeable repairs, former occupiers' debts and the like. */
  SUNDRY_DEBTS("Sundry debts", EnumSet.allOf(Tenure.class));

  private final String displayName;
  private final Set<Tenure> tenures;

  DebtStream(String displayName, Set<Tenure> tenures) {
    this.displayName = displayName;
    this.tenures = tenures;
  }

  /** The stream's name as an officer reads it. */
  public String displayName() {
    return displayName;
  }

  /** True if a dwelling of this tenure can owe this kind of debt. */
  public boolean appliesTo(Tenure tenure) {
    return tenures.contains(tenure);
  }
}
