package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Approves arrangements under the council's {@link ApprovalPolicy} in force on the approval date:
 * an arrangement above the amount or term threshold needs a second officer, who must not be the
 * maker; any other arrangement the maker may approve alone. The approval is kept in the
 * arrangement's history with the expected and actual balance on the approval date, worked out by
 * the council's {@link ArrangementMonitor}.
 */
public final class MakerChecker {

  private final EffectiveDated<ApprovalPolicy> policy;
  private final ArrangementMonitor monitor;

  /**
   * A checker applying {@code policy}, recording balances as {@code monitor} works them out.
   *
   * @param policy the approval thresholds
   * @param monitor the council's arrangement monitor
   */
  public MakerChecker(EffectiveDated<ApprovalPolicy> policy, ArrangementMonitor monitor) {
    this.policy = requireNonNull(policy, "policy");
    this.monitor = requireNonNull(monitor, "monitor");
  }

  /** Why {@code arrangement} needs a second officer on {@code on}; empty if it does not. */
  public ImmutableList<String> secondApprovalReasons(Arrangement arrangement, LocalDate on) {
    ApprovalPolicy rules = policy.on(on);
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    if (arrangement.startingBalance().isGreaterThan(rules.secondApprovalAboveTotal())) {
      reasons.add(
          "total "
              + arrangement.startingBalance().format()
              + " is above "
              + rules.secondApprovalAboveTotal().format()
              + " ("
              + policy.name()
              + ", "
              + policy.source()
              + ")");
    }
    if (arrangement.termMonths() > rules.secondApprovalAboveTermMonths()) {
      reasons.add(
          "term of "
              + arrangement.termMonths()
              + " months is longer than "
              + rules.secondApprovalAboveTermMonths()
              + " months ("
              + policy.name()
              + ", "
              + policy.source()
              + ")");
    }
    return reasons.build();
  }

  /**
   * {@code approver}'s approval of {@code record} on {@code on}.
   *
   * @param ledgers the ledgers of (at least) the covered accounts, for the balances kept with the
   *     approval
   * @throws IllegalArgumentException if a covered account's ledger is not given
   */
  public ApprovalOutcome approve(
      ArrangementRecord record, OfficerId approver, LocalDate on, Map<AccountId, Ledger> ledgers) {
    if (record.state() != ArrangementState.PROPOSED) {
      return new ApprovalOutcome.Refused(
          record, ImmutableList.of("arrangement " + record.id() + " is " + record.state()));
    }
    if (on.isBefore(record.arrangement().madeOn())) {
      return new ApprovalOutcome.Refused(
          record,
          ImmutableList.of(
              "approval on "
                  + on
                  + " is before the arrangement was made on "
                  + record.arrangement().madeOn()));
    }
    ImmutableList<String> needSecond = secondApprovalReasons(record.arrangement(), on);
    boolean isMaker = approver.equals(record.arrangement().madeBy());
    if (!needSecond.isEmpty() && isMaker) {
      return new ApprovalOutcome.Refused(
          record,
          ImmutableList.<String>builder()
              .add("a second officer must approve, and " + approver + " made the arrangement")
              .addAll(needSecond)
              .build());
    }
    ImmutableList<String> reasons =
        needSecond.isEmpty()
            ? ImmutableList.of("within the limits for approval by one officer")
            : ImmutableList.<String>builder()
                .add(
                    "second officer "
                        + approver
                        + " approved; maker "
                        + record.arrangement().madeBy())
                .addAll(needSecond)
                .build();
    ArrangementRecord live =
        record.approved(
            new Approval(approver, on, !needSecond.isEmpty()),
            String.join("; ", reasons),
            monitor.assess(record, ledgers, on));
    return new ApprovalOutcome.Approved(live, reasons);
  }
}
