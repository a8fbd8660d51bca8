package org.homeownership.recovery.account;

import org.homeownership.recovery.property.Tenure;

/** Why a party owes the debt on an account. */
public enum PartyRole {
  /** A lessee under a long lease; joint lessees are jointly and severally liable. */
  LEASEHOLDER,
  /** A shared owner under a shared ownership lease. */
  SHARED_OWNER,
  /** The freeholder of a house on an estate, liable for estate charges. */
  FREEHOLDER,
  /** Anyone else who owes a housing sundry debt. */
  SUNDRY_DEBTOR;

  /** The role a party holds on a dwelling of this tenure, for debts other than sundry debts. */
  static PartyRole forTenure(Tenure tenure) {
    switch (tenure) {
      case LEASEHOLD:
        return LEASEHOLDER;
      case SHARED_OWNERSHIP:
        return SHARED_OWNER;
      case FREEHOLD:
        return FREEHOLDER;
      default:
        return SUNDRY_DEBTOR;
    }
  }
}
