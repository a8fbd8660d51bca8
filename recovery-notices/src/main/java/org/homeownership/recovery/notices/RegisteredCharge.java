package org.homeownership.recovery.notices;

import java.time.LocalDate;
import org.homeownership.recovery.account.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * A mortgage lender's charge over the lease, as the charges register of the title shows it
 * (LAW-AND-PRACTICE.md §5.5: the lender is found from an official copy of the register). Parts may
 * be missing; the letter is then refused naming each one.
 *
 * @param titleNumber the leasehold title number at HM Land Registry
 * @param chargeDate the date of the charge, as the register gives it
 * @param property the address of the property charged
 * @param registerCopyDated the date of the official copy of the register the details come from
 */
public record RegisteredCharge(
    @Nullable String titleNumber,
    @Nullable LocalDate chargeDate,
    @Nullable PostalAddress property,
    @Nullable LocalDate registerCopyDated) {

  @Override
  public String toString() {
    return "RegisteredCharge{title=" + titleNumber + ", property=<redacted>}";
  }
}
