package org.homeownership.recovery.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/** Second approval above £5,000 or 12 months (example policy); maker and checker differ. */
class MakerCheckerTest {

  private static final OfficerId MAKER = OfficerId.of("HO-1");
  private static final OfficerId CHECKER = OfficerId.of("HO-2");
  private static final LocalDate ON = LocalDate.of(2025, 4, 2);

  private static final Map<AccountId, Ledger> LEDGERS = ArrangementMonitorTest.debt().asMap();

  private final MakerChecker makerChecker =
      new MakerChecker(
          ExamplePolicies.approval(),
          ArrangementMonitorTest.monitor(ExamplePolicies.expectedBalance()));

  private static Arrangement large() {
    return ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "1000.00")
        .startingBalance(Money.parse("6000.00"))
        .build();
  }

  @Test
  void theMakerMayApproveAnArrangementWithinTheLimits() {
    Arrangement small =
        ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "100.00").build();

    ApprovalOutcome outcome =
        makerChecker.approve(ArrangementRecord.proposed(small), MAKER, ON, LEDGERS);

    ArrangementRecord record = ((ApprovalOutcome.Approved) outcome).record();
    assertThat(record.state()).isEqualTo(ArrangementState.LIVE);
    assertThat(record.approval()).contains(new Approval(MAKER, ON, false));
    assertThat(record.history().get(0).by()).contains(MAKER);
    assertThat(record.history().get(0).reason())
        .isEqualTo("within the limits for approval by one officer");
    // the approval is kept with the day's balances: £1,200.00 owed, nothing due yet
    assertThat(record.history().get(0).expectedBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(record.history().get(0).actualBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(small.termMonths()).isEqualTo(12);
  }

  @Test
  void theMakerCannotApproveAnArrangementAboveTheAmount() {
    ApprovalOutcome outcome =
        makerChecker.approve(ArrangementRecord.proposed(large()), MAKER, ON, LEDGERS);

    assertThat(outcome).isInstanceOf(ApprovalOutcome.Refused.class);
    ApprovalOutcome.Refused refused = (ApprovalOutcome.Refused) outcome;
    assertThat(refused.record().state()).isEqualTo(ArrangementState.PROPOSED);
    assertThat(refused.reasons())
        .containsExactly(
            "a second officer must approve, and HO-1 made the arrangement",
            "total £6,000.00 is above £5,000.00 (second approval of arrangements, example policy,"
                + " docs/arrangements.md)");
  }

  @Test
  void aSecondOfficerApprovesAnArrangementAboveTheAmount() {
    ApprovalOutcome outcome =
        makerChecker.approve(ArrangementRecord.proposed(large()), CHECKER, ON, LEDGERS);

    ArrangementRecord record = ((ApprovalOutcome.Approved) outcome).record();
    assertThat(record.state()).isEqualTo(ArrangementState.LIVE);
    assertThat(record.approval()).contains(new Approval(CHECKER, ON, true));
    assertThat(record.history().get(0).reason())
        .startsWith("second officer HO-2 approved; maker HO-1");
  }

  @Test
  void anArrangementLongerThanTheTermNeedsASecondOfficer() {
    Arrangement long13 =
        ArrangementMonitorTest.arrangement(InstalmentFrequency.MONTHLY, "92.31").build();

    assertThat(long13.termMonths()).isEqualTo(13);
    assertThat(makerChecker.secondApprovalReasons(long13, ON))
        .containsExactly(
            "term of 13 months is longer than 12 months (second approval of arrangements, example"
                + " policy, docs/arrangements.md)");
    assertThat(makerChecker.approve(ArrangementRecord.proposed(long13), MAKER, ON, LEDGERS))
        .isInstanceOf(ApprovalOutcome.Refused.class);
  }

  @Test
  void aLiveArrangementCannotBeApprovedAgain() {
    ArrangementRecord live =
        ((ApprovalOutcome.Approved)
                makerChecker.approve(ArrangementRecord.proposed(large()), CHECKER, ON, LEDGERS))
            .record();

    ApprovalOutcome again = makerChecker.approve(live, OfficerId.of("HO-3"), ON, LEDGERS);

    assertThat(((ApprovalOutcome.Refused) again).reasons())
        .containsExactly("arrangement ARR-1 is LIVE");
  }
}
