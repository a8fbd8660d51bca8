package org.homeownership.recovery.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.affordability.MonthlySurplus;
import org.homeownership.recovery.arrangement.proposal.ProposalRequest;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/** Bad configuration is refused naming the field and value; personal figures stay redacted. */
class PolicyChecksTest {

  @Test
  void refusesNegativeToleranceDays() {
    assertThatThrownBy(
            () ->
                MonitoringPolicy.builder()
                    .from(ExamplePolicies.expectedBalance())
                    .toleranceDays(-1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toleranceDays must not be negative, not -1");
  }

  @Test
  void refusesCancellingAfterNoFailures() {
    assertThatThrownBy(
            () ->
                MonitoringPolicy.builder()
                    .from(ExamplePolicies.expectedBalance())
                    .cancelAfterDirectDebitFailures(Optional.of(0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cancelAfterDirectDebitFailures must be at least 1, not 0");
  }

  @Test
  void refusesANegativeSecondApprovalTerm() {
    assertThatThrownBy(
            () ->
                ApprovalPolicy.builder()
                    .secondApprovalAboveTotal(Money.parse("5000.00"))
                    .secondApprovalAboveTermMonths(-3)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secondApprovalAboveTermMonths must not be negative, not -3");
  }

  @Test
  void aStateChangeMustFollowTheStateModel() {
    assertThatThrownBy(
            () ->
                StateChange.monitored(
                    LocalDate.of(2025, 5, 1),
                    ArrangementState.COMPLETED,
                    ArrangementState.LIVE,
                    Money.ZERO,
                    Money.ZERO,
                    "reopened"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an arrangement cannot move from COMPLETED to LIVE");
    assertThat(ArrangementState.BREACHED.next())
        .containsExactlyInAnyOrder(
            ArrangementState.LIVE, ArrangementState.CANCELLED, ArrangementState.COMPLETED);
  }

  @Test
  void aProposalRequestKeepsTheSurplusOutOfToString() {
    ProposalRequest request =
        ProposalRequest.builder().stream(DebtStream.MAJOR_WORKS)
            .arrears(Money.parse("1500.00"))
            .frequency(InstalmentFrequency.MONTHLY)
            .firstInstalmentOn(LocalDate.of(2025, 5, 1))
            .surplus(
                MonthlySurplus.of(
                    Money.parse("2345.67"),
                    Money.parse("1000.00"),
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO))
            .build();

    assertThat(request.toString())
        .doesNotContain("2345.67")
        .doesNotContain("1345.67")
        .contains("1500.00");
  }
}
