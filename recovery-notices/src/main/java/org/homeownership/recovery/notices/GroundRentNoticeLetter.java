package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.groundrent.GroundRentNotice;
import org.homeownership.recovery.groundrent.PaymentDateWindow;
import org.homeownership.recovery.groundrent.Section166Check;
import org.jspecify.annotations.Nullable;

/**
 * A ground rent demand as a notice under Commonhold and Leasehold Reform Act 2002 s.166
 * (LAW-AND-PRACTICE.md §5.1): the amount, the period it is for, the date the leaseholder is liable
 * to pay it and, if different, the date it would have been due under the lease. Rent is not payable
 * until the date in a valid notice.
 *
 * <p>The form and its notes are prescribed by the Landlord and Tenant (Notice of Rent) (England)
 * Regulations 2004 (SI 2004/3096, notes amended 2011). The domain reference does not give that
 * prescribed wording, so the default template does not invent it: it prints only the content s.166
 * requires. A council that holds the prescribed form overrides {@code ground-rent-notice.peb}.
 *
 * <p>Needs: the notice (for this letter's account, given on or after the letter's date) and its
 * s.166 check from {@code Section166Rule}, made for the same dates and finding the payment date
 * valid: not less than 30 nor more than 60 days after the notice is given, and not before the date
 * due under the lease (s.166(3)).
 *
 * @param correspondence who the letter is to and its date
 * @param notice the notice's figures and dates
 * @param check the s.166 check of the notice
 */
public record GroundRentNoticeLetter(
    Correspondence correspondence,
    @Nullable GroundRentNotice notice,
    @Nullable Section166Check check)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "ground-rent-notice";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Notice of ground rent due (Commonhold and Leasehold Reform Act 2002, section 166)";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    boolean hasNotice = requirements.present("notice", notice);
    if (hasNotice) {
      ServiceChargeFigures.checkAccount(
          requirements, "notice.account", correspondence, notice.account());
      LocalDate letterDate = correspondence.letterDate();
      if (letterDate != null) {
        requirements.require(
            "notice.noticeGiven",
            !notice.noticeGiven().isBefore(letterDate),
            "is before the letter's date; a notice cannot be given before it is written");
      }
    }
    if (requirements.present("check", check) && hasNotice) {
      PaymentDateWindow window = check.window();
      boolean same =
          window.noticeGiven().equals(notice.noticeGiven())
              && window.leaseDueDate().equals(notice.leaseDueDate());
      requirements.require("check", same, "was made for other dates than the notice's");
      if (same) {
        requirements.require(
            "notice.paymentDate",
            check.valid() && window.allows(notice.paymentDate()),
            "is outside the window CLRA 2002 s.166(3) allows: not less than "
                + window.period().minimumDays()
                + " nor more than "
                + window.period().maximumDays()
                + " days after the notice is given, and not before the date due under the lease;"
                + " the rent would not be payable");
      }
    }
  }

  @Override
  public Map<String, Object> model() {
    GroundRentNotice n = requireNonNull(notice, "notice");
    return Map.of(
        "notice",
        Model.of(
            "reference", n.demandReference(),
            "period", n.rentPeriod().describe(),
            "amount", EnGb.money(n.amount()),
            "noticeGiven", EnGb.date(n.noticeGiven()),
            "paymentDate", EnGb.date(n.paymentDate()),
            "leaseDueDate", EnGb.date(n.leaseDueDate()),
            "leaseDueDateDiffers", !n.leaseDueDate().equals(n.paymentDate())));
  }
}
