package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * CLRA 2002 s.166 (LAW-AND-PRACTICE.md §5.1): a long leaseholder is not liable to pay ground rent
 * unless the landlord has given a notice whose payment date is not less than 30 nor more than 60
 * days after the day the notice is given (calendar days, §13), and not before the date the rent
 * would be due under the lease. The 30 and 60 come from effective-dated configuration with their
 * source; the version used is the one in force on the day the notice is given.
 */
public final class Section166Rule {

  private final EffectiveDated<NoticePeriod> noticePeriod;

  /**
   * A rule reading its day bounds from {@code noticePeriod}.
   *
   * @param noticePeriod the s.166(3) bounds with their source, such as 30 and 60 days from 28
   *     February 2005
   */
  public Section166Rule(EffectiveDated<NoticePeriod> noticePeriod) {
    this.noticePeriod = requireNonNull(noticePeriod, "noticePeriod");
  }

  /**
   * The payment dates a notice given on {@code noticeGiven} may name for rent due under the lease
   * on {@code leaseDueDate}.
   *
   * @throws IllegalStateException if no notice period is configured for {@code noticeGiven}
   */
  public PaymentDateWindow window(LocalDate noticeGiven, LocalDate leaseDueDate) {
    NoticePeriod period = noticePeriod.on(noticeGiven);
    LocalDate statutoryEarliest = noticeGiven.plusDays(period.minimumDays());
    LocalDate earliest = leaseDueDate.isAfter(statutoryEarliest) ? leaseDueDate : statutoryEarliest;
    return new PaymentDateWindow(
        noticeGiven, leaseDueDate, period, earliest, noticeGiven.plusDays(period.maximumDays()));
  }

  /**
   * Checks the payment date of {@code notice}, giving every reason it fails (or the reason it
   * passes), each citing s.166 and naming the dates.
   */
  public Section166Check check(GroundRentNotice notice) {
    PaymentDateWindow window = window(notice.noticeGiven(), notice.leaseDueDate());
    NoticePeriod period = window.period();
    long days = ChronoUnit.DAYS.between(notice.noticeGiven(), notice.paymentDate());
    String source = " (" + noticePeriod.name() + ": " + noticePeriod.source() + ")";
    List<String> reasons = new ArrayList<>();
    if (days < period.minimumDays()) {
      reasons.add(
          "s.166(3): payment date "
              + notice.paymentDate()
              + " is "
              + days
              + " days after the notice was given on "
              + notice.noticeGiven()
              + "; it must be at least "
              + period.minimumDays()
              + source);
    }
    if (days > period.maximumDays()) {
      reasons.add(
          "s.166(3): payment date "
              + notice.paymentDate()
              + " is "
              + days
              + " days after the notice was given on "
              + notice.noticeGiven()
              + "; it must be no more than "
              + period.maximumDays()
              + source);
    }
    if (notice.paymentDate().isBefore(notice.leaseDueDate())) {
      reasons.add(
          "s.166(3): payment date "
              + notice.paymentDate()
              + " is before "
              + notice.leaseDueDate()
              + ", the date the rent is due under the lease");
    }
    if (window.isEmpty()) {
      reasons.add(
          "s.166(3): no payment date is valid for a notice given on "
              + notice.noticeGiven()
              + " for rent due under the lease on "
              + notice.leaseDueDate()
              + "; give the notice on or after "
              + window.earliestNoticeDateForDueDate().orElseThrow());
    }
    if (reasons.isEmpty()) {
      reasons.add(
          "s.166(3): payment date "
              + notice.paymentDate()
              + " is "
              + days
              + " days after the notice was given on "
              + notice.noticeGiven()
              + " (from "
              + period.minimumDays()
              + " to "
              + period.maximumDays()
              + " allowed"
              + source
              + ") and not before "
              + notice.leaseDueDate()
              + ", the date due under the lease");
      return new Section166Check(true, window, reasons);
    }
    return new Section166Check(false, window, reasons);
  }
}
