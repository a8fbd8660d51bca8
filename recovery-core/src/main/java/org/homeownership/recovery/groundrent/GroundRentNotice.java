package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * A ground rent demand in the form of a CLRA 2002 s.166 notice (LAW-AND-PRACTICE.md §5.1): the
 * amount, the date the tenant is liable to pay it and the date it would have been due under the
 * lease.
 *
 * @param account the leaseholder's account
 * @param dwelling the dwelling let by the lease
 * @param demandReference the notice's reference, printed on it
 * @param rentPeriod the period of the lease the rent is for
 * @param amount the rent demanded; above zero
 * @param noticeGiven the day the notice is given to the tenant
 * @param paymentDate the date the notice gives as the date the tenant is liable to pay
 * @param leaseDueDate the date the rent would be due under the lease
 */
public record GroundRentNotice(
    AccountId account,
    DwellingId dwelling,
    String demandReference,
    DateRange rentPeriod,
    Money amount,
    LocalDate noticeGiven,
    LocalDate paymentDate,
    LocalDate leaseDueDate) {

  /** Checks every part is given, the reference is not blank and the amount is above zero. */
  public GroundRentNotice {
    requireNonNull(account, "account");
    requireNonNull(dwelling, "dwelling");
    requireNonNull(demandReference, "demandReference");
    requireNonNull(rentPeriod, "rentPeriod");
    requireNonNull(amount, "amount");
    requireNonNull(noticeGiven, "noticeGiven");
    requireNonNull(paymentDate, "paymentDate");
    requireNonNull(leaseDueDate, "leaseDueDate");
    if (demandReference.isBlank()) {
      throw new IllegalArgumentException("demandReference is blank");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be above zero, not " + amount);
    }
  }
}
