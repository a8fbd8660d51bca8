package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.fresh;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import java.util.Optional;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.demand.DemandChecks;
import org.homeownership.recovery.demand.ImmutableServiceChargeDemand;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.demand.StatutoryFigures;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Amounts withheld (s.21B, ss.47–48) or barred (s.20B) are never counted by any stage
 * (LAW-AND-PRACTICE.md §1.3–§1.5); the existing {@link DemandChecks} finds them.
 */
class StatutoryExclusionsTest {

  private static final DemandChecks CHECKS = new DemandChecks(StatutoryFigures.england());
  private static final PostalAddress TOWN_HALL =
      PostalAddress.builder()
          .addLines("Town Hall", "1 High Street")
          .town("Anytown")
          .postcode("AN1 1AA")
          .build();

  /**
   * A £1,000 balancing demand served 1 September 2025: £400 of it was invoiced 20 months before.
   */
  private static ImmutableServiceChargeDemand.Builder demand() {
    return ServiceChargeDemand.builder()
        .account(Fixtures.ACCOUNT)
        .reference("SCB-2025-1")
        .servedOn(d("2025-09-01"))
        .serviceCharge(Money.parse("1000.00"))
        .serviceChargeSummaryEnclosed(true)
        .administrationChargeSummaryEnclosed(false)
        .landlordName("London Borough of Anytown")
        .landlordAddress(TOWN_HALL)
        .landlordAddressInEnglandAndWales(true)
        .addressForService(TOWN_HALL)
        .addressForServicePreviouslyNotified(false)
        .addCosts(
            CostLine.builder()
                .description("Lift repair")
                .share(Money.parse("400.00"))
                .invoicedOn(d("2024-01-10"))
                .build(),
            CostLine.builder()
                .description("Cleaning")
                .share(Money.parse("600.00"))
                .invoicedOn(d("2025-06-01"))
                .build());
  }

  /** The ledger with the demand's charge. */
  private static Fixtures.Ledgers charged() {
    return ledger()
        .charge(
            ChargeType.SERVICE_CHARGE_BALANCING,
            "2025-09-01",
            "1000.00",
            Optional.of("SCB-2025-1"));
  }

  private static Decision decide(Ledger ledger, DemandAssessment assessment, String asOf) {
    return Fixtures.engine()
        .decide(file(ledger, fresh()).addDemandAssessments(assessment).build(), d(asOf));
  }

  @Test
  void anAmountBarredBySection20BIsNotCounted() {
    DemandAssessment assessment = CHECKS.assess(demand().build());

    Decision decision = decide(charged().build(), assessment, "2025-10-01");

    assertThat(assessment.irrecoverable()).isEqualTo(Money.parse("400.00"));
    assertThat(decision.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(decision.position().counted()).isEqualTo(Money.parse("600.00"));
    assertThat(decision.position().excluded()).isEqualTo(Money.parse("400.00"));
    assertThat(decision.describe())
        .contains(
            "counted arrears £600.00 (outstanding £1,000.00; withheld or barred £400.00; disputed"
                + " £0.00)");
  }

  @Test
  void aPaymentPaysTheRecoverablePartFirst() {
    DemandAssessment assessment = CHECKS.assess(demand().build());

    Decision decision =
        decide(charged().payment("2025-09-15", "700.00").build(), assessment, "2025-10-01");

    assertThat(decision.position().outstanding()).isEqualTo(Money.parse("300.00"));
    assertThat(decision.position().counted()).isEqualTo(Money.ZERO);
    assertThat(decision.outcome()).isEqualTo(new Outcome.NothingOwed());
  }

  @Test
  void aDemandWithoutTheSummaryOfRightsIsWithheldWhole() {
    DemandAssessment assessment =
        CHECKS.assess(demand().serviceChargeSummaryEnclosed(false).build());

    Decision decision = decide(charged().build(), assessment, "2025-10-01");

    assertThat(assessment.payableNow()).isEqualTo(Money.ZERO);
    assertThat(decision.position().counted()).isEqualTo(Money.ZERO);
    assertThat(decision.position().excluded()).isEqualTo(Money.parse("1000.00"));
    assertThat(decision.kind()).isEqualTo(OutcomeKind.NOTHING_OWED);
  }
}
