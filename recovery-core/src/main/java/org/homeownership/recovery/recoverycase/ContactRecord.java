package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The minimal contact record the engine reads for "days since the last contact". The full contact
 * and enquiry log (officer, outcome, reply due) is not built yet.
 *
 * @param on the day of the contact
 * @param kind how
 * @param debtorReached true if the debtor was reached (a call answered, a visit at home)
 */
public record ContactRecord(LocalDate on, ContactKind kind, boolean debtorReached) {

  /** Checks every part is given. */
  public ContactRecord {
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
  }
}
