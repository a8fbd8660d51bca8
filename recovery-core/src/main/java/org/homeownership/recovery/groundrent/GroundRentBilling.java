package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;

/**
 * Turns a ground rent notice into the charge to post. The charge is raised on the day the notice is
 * given and falls due on the notice's payment date, never the lease date, because ground rent is
 * not payable before the date a valid s.166 notice gives (CLRA 2002 s.166, LAW-AND-PRACTICE.md
 * §5.1; Cheerupmate2 Ltd v Calce). An invalid notice raises no charge.
 *
 * <p>The external reference is {@code GR-<dwelling>-<lease due date>}, so one lease due date is
 * never charged twice, even when a corrected notice is given for it.
 */
public final class GroundRentBilling {

  private final Section166Rule rule;

  /**
   * Billing that checks each notice with {@code rule}.
   *
   * @param rule the s.166 rule with its configured notice period
   */
  public GroundRentBilling(Section166Rule rule) {
    this.rule = requireNonNull(rule, "rule");
  }

  /** The s.166 check of {@code notice} and, if it is valid, the ground rent charge. */
  public GroundRentDemand demand(GroundRentNotice notice) {
    Section166Check check = rule.check(notice);
    List<String> explanation = new ArrayList<>();
    explanation.add(
        "Ground rent for " + notice.rentPeriod().describe() + ": " + notice.amount().format());
    explanation.add("Due under the lease on " + notice.leaseDueDate());
    explanation.add("s.166 notice given on " + notice.noticeGiven());
    explanation.add(
        "Valid payment dates: "
            + (check.window().isEmpty()
                ? "none"
                : check.window().earliest() + " to " + check.window().latest()));
    explanation.add("Payment date given by the notice: " + notice.paymentDate());
    explanation.addAll(check.reasons());
    if (!check.valid()) {
      explanation.add("No charge raised: ground rent is not payable without a valid s.166 notice");
      return new GroundRentDemand(notice, check, Optional.empty(), explanation);
    }
    Charge charge =
        Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .periodCovered(notice.rentPeriod())
            .dateRaised(notice.noticeGiven())
            .dueDate(notice.paymentDate())
            .demandReference(notice.demandReference())
            .amount(notice.amount())
            .externalReference("GR-" + notice.dwelling() + "-" + notice.leaseDueDate())
            .build();
    return new GroundRentDemand(notice, check, Optional.of(charge), explanation);
  }
}
