package org.homeownership.recovery.sundry;

import org.homeownership.recovery.ledger.ChargeType;

/** What a sundry invoice is for, and the ledger charge type it posts as. */
public enum SundryKind {
  /** A repair the leaseholder is liable for under the lease, recharged at cost. */
  RECHARGEABLE_REPAIR(ChargeType.SUNDRY, false),
  /** Legal and court costs awarded or recoverable. */
  LEGAL_COSTS(ChargeType.COURT_COSTS, false),
  /**
   * An administration charge under CLRA 2002 Sch 11 para 1 (LAW-AND-PRACTICE.md §1.6): for
   * approvals, information or documents, late payment (such as an arrears recovery fee), or a
   * breach of covenant.
   */
  ADMINISTRATION_CHARGE(ChargeType.ADMINISTRATION_CHARGE, true);

  private final ChargeType chargeType;
  private final boolean administrationCharge;

  SundryKind(ChargeType chargeType, boolean administrationCharge) {
    this.chargeType = chargeType;
    this.administrationCharge = administrationCharge;
  }

  /** The ledger charge type the invoice posts as. */
  public ChargeType chargeType() {
    return chargeType;
  }

  /**
   * True if invoices of this kind are administration charges under CLRA 2002 Sch 11 and so need the
   * administration charges summary of rights (LAW-AND-PRACTICE.md §1.6).
   */
  public boolean isAdministrationCharge() {
    return administrationCharge;
  }
}
