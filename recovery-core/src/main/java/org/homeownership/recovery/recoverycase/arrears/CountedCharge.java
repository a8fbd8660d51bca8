package org.homeownership.recovery.recoverycase.arrears;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * One charge as recovery sees it on a date.
 *
 * @param id the charge's id in the ledger
 * @param type what it is for
 * @param dueDate the day it fell due (for ground rent, the payment date in the s.166 notice, §5.1)
 * @param outstanding what is still owed on it
 * @param excluded the part no stage may count: withheld (s.21B, ss.47–48) or barred (s.20B)
 * @param disputed true if a dispute hold sets the charge aside
 */
public record CountedCharge(
    EntryId id,
    ChargeType type,
    LocalDate dueDate,
    Money outstanding,
    Money excluded,
    boolean disputed) {

  /** Checks every part is given and the exclusion is within what is outstanding. */
  public CountedCharge {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(outstanding, "outstanding");
    requireNonNull(excluded, "excluded");
    if (excluded.isNegative() || excluded.isGreaterThan(outstanding)) {
      throw new IllegalArgumentException(
          "charge " + id + ": excluded " + excluded + " is not within outstanding " + outstanding);
    }
  }

  /** What recovery may count: outstanding less excluded, or zero if disputed. */
  public Money counted() {
    return disputed ? Money.ZERO : outstanding.minus(excluded);
  }

  /** True if the charge had fallen due by {@code date}. */
  public boolean isDueBy(LocalDate date) {
    return !dueDate.isAfter(date);
  }
}
