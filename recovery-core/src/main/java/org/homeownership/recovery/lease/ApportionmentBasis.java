package org.homeownership.recovery.lease;

/**
 * How a lease shares a block's or an estate's costs among its dwellings (LAW-AND-PRACTICE.md §4).
 * The lease governs; tenanted dwellings count in the denominator and the council bears their share.
 */
public enum ApportionmentBasis {
  /** In proportion to rateable value under the pre-1990 domestic rates (Greenwich, Newham). */
  RATEABLE_VALUE("rateable value"),
  /** In proportion to gross value (Ealing). */
  GROSS_VALUE("gross value"),
  /** In proportion to floor area. */
  FLOOR_AREA("floor area"),
  /** In proportion to a bedroom weighting table, such as Hackney's living space factor. */
  BEDROOM_WEIGHTING("bedroom weighting"),
  /** In proportion to bed spaces. */
  BED_SPACES("bed spaces"),
  /** Equal shares over every dwelling in the pool (Stevenage, Hull, Southampton). */
  EQUAL_SHARES("equal shares"),
  /** A fixed percentage per dwelling, which must total 100% over the pool. */
  FIXED_PERCENTAGE("fixed percentage"),
  /** Charged to the dwellings a cost was incurred for, in the amounts given. */
  DIRECT_CHARGE("direct charge");

  private final String displayName;

  ApportionmentBasis(String displayName) {
    this.displayName = displayName;
  }

  /** The basis as it reads in an audit trail. */
  public String displayName() {
    return displayName;
  }
}
