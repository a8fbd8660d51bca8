package org.homeownership.recovery.ledger;

/**
 * What a debit is for. Allocation can give types a priority (for example ground rent and service
 * charges before administration charges), and aged debt is reported per type.
 */
public enum ChargeType {
  /** A service charge on account (the year's estimate or an instalment of it). */
  SERVICE_CHARGE("Service charge"),
  /** The year-end balancing charge when actual costs exceed the estimate. */
  SERVICE_CHARGE_BALANCING("Service charge balancing charge"),
  /** A leaseholder's contribution to major works. */
  MAJOR_WORKS("Major works"),
  /** District heating used, from meter readings. */
  HEATING_USAGE("District heating usage"),
  /** The district heating standing charge. */
  HEATING_STANDING_CHARGE("District heating standing charge"),
  /** Rent on the unowned share of a shared ownership home. */
  SHARED_OWNERSHIP_RENT("Shared ownership rent"),
  /** Ground rent reserved by the lease. */
  GROUND_RENT("Ground rent"),
  /**
   * An administration charge (CLRA 2002 Sch 11) other than a default charge: for approvals under
   * the lease, for information or documents, or in connection with a breach of covenant
   * (LAW-AND-PRACTICE.md §1.6). It counts towards the s.167 forfeiture sum (§5.2). A charge for
   * late payment is a {@link #DEFAULT_ADMINISTRATION_CHARGE}.
   */
  ADMINISTRATION_CHARGE("Administration charge"),
  /**
   * A default charge: an administration charge for failure to pay by the due date (CLRA 2002 Sch 11
   * para 1(1)(c)), such as a late-payment or arrears recovery fee (LAW-AND-PRACTICE.md §1.6). Left
   * out of the s.167 forfeiture sum (§5.2).
   */
  DEFAULT_ADMINISTRATION_CHARGE("Administration charge for late payment"),
  /** Interest charged under the lease on late payment. */
  INTEREST("Interest"),
  /** Legal and court costs awarded or recoverable. */
  COURT_COSTS("Legal and court costs"),
  /** A housing sundry debt, such as a rechargeable repair. */
  SUNDRY("Sundry charge"),
  /** A refund paid out to the debtor. */
  REFUND("Refund paid");

  private final String displayName;

  ChargeType(String displayName) {
    this.displayName = displayName;
  }

  /** The type's name as it reads on a statement. */
  public String displayName() {
    return displayName;
  }
}
