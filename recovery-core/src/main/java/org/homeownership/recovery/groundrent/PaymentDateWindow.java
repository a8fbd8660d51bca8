package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a s.166 notice given on {@code noticeGiven} may name as the payment date: from {@code
 * earliest} to {@code latest}, both included (CLRA 2002 s.166(3), LAW-AND-PRACTICE.md §5.1). It is
 * empty when the lease due date falls after the latest date, that is when the notice is given too
 * early for that due date.
 *
 * @param noticeGiven the day the notice is given
 * @param leaseDueDate the day the rent would be due under the lease
 * @param period the statutory bounds in force on the day the notice is given
 * @param earliest the later of the notice date plus the minimum days and the lease due date
 * @param latest the notice date plus the maximum days
 */
public record PaymentDateWindow(
    LocalDate noticeGiven,
    LocalDate leaseDueDate,
    NoticePeriod period,
    LocalDate earliest,
    LocalDate latest) {

  /** Checks every part is given. */
  public PaymentDateWindow {
    requireNonNull(noticeGiven, "noticeGiven");
    requireNonNull(leaseDueDate, "leaseDueDate");
    requireNonNull(period, "period");
    requireNonNull(earliest, "earliest");
    requireNonNull(latest, "latest");
  }

  /** True if no payment date satisfies both the statutory window and the lease due date. */
  public boolean isEmpty() {
    return earliest.isAfter(latest);
  }

  /** True if {@code paymentDate} is a valid payment date for this notice. */
  public boolean allows(LocalDate paymentDate) {
    return !paymentDate.isBefore(earliest) && !paymentDate.isAfter(latest);
  }

  /**
   * The first day on which a notice for this lease due date could be given so that a valid payment
   * date exists (the lease due date less the maximum days), if this notice is given too early.
   */
  public Optional<LocalDate> earliestNoticeDateForDueDate() {
    return isEmpty() ? Optional.of(leaseDueDate.minusDays(period.maximumDays())) : Optional.empty();
  }
}
