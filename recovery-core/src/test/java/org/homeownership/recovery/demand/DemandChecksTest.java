package org.homeownership.recovery.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandChecksTest {

  private static final DemandChecks CHECKS = new DemandChecks(StatutoryFigures.england());
  private static final PostalAddress TOWN_HALL =
      PostalAddress.builder()
          .addLines("Town Hall", "1 High Street")
          .town("Anytown")
          .postcode("AN1 1AA")
          .build();

  /** A valid demand for a balancing charge, before its costs are added. */
  private static ImmutableServiceChargeDemand.Builder validDemand(LocalDate servedOn) {
    return ServiceChargeDemand.builder()
        .account(AccountId.of("SC-1"))
        .reference("SCB-2024-F1")
        .servedOn(servedOn)
        .serviceCharge(Money.parse("1000.00"))
        .serviceChargeSummaryEnclosed(true)
        .administrationChargeSummaryEnclosed(false)
        .landlordName("London Borough of Anytown")
        .landlordAddress(TOWN_HALL)
        .landlordAddressInEnglandAndWales(true)
        .addressForService(TOWN_HALL)
        .addressForServicePreviouslyNotified(false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // case | invoiced | paid | notice | served | on account | verdict | irrecoverable | reason
        "demanded exactly 18 months after invoice | 2024-01-10 | - | - | 2025-07-10 | 0 | COMPLIES | 0.00 | demanded within 18 months",
        "demanded a day later                     | 2024-01-10 | - | - | 2025-07-11 | 0 | IRRECOVERABLE | 400.00 | more than 18 months later (after 2025-07-10), with no s.20B(2) notice in time",
        "saved by a s.20B(2) notice in time       | 2024-01-10 | - | 2025-07-10 | 2025-09-01 | 0 | COMPLIES | 0.00 | was notified under s.20B(2) on 2025-07-10",
        "a notice a day too late saves nothing    | 2024-01-10 | - | 2025-07-11 | 2025-09-01 | 0 | IRRECOVERABLE | 400.00 | with no s.20B(2) notice in time",
        "paid before invoice: incurred on payment | 2024-01-10 | 2023-12-01 | - | 2025-06-02 | 0 | IRRECOVERABLE | 400.00 | incurred 2023-12-01",
        "on-account demands cover part (Gilje)    | 2024-01-10 | - | - | 2025-09-01 | 800.00 | IRRECOVERABLE | 200.00 | only £200.00 of the late costs is caught",
        "on-account demands cover it all (Gilje)  | 2024-01-10 | - | - | 2025-09-01 | 1000.00 | COMPLIES | 0.00 | only £0.00 of the late costs is caught",
      })
  void theEighteenMonthRule(
      String name,
      LocalDate invoiced,
      LocalDate paid,
      LocalDate notice,
      LocalDate served,
      String onAccount,
      Verdict verdict,
      String irrecoverable,
      String reason) {
    ServiceChargeDemand demand =
        validDemand(served)
            .addCosts(
                CostLine.builder()
                    .description("Lift repair invoice 4471")
                    .share(Money.parse("400.00"))
                    .invoicedOn(invoiced)
                    .paidOn(Optional.ofNullable(paid))
                    .section20bNoticeOn(Optional.ofNullable(notice))
                    .build(),
                CostLine.builder()
                    .description("Cleaning contract")
                    .share(Money.parse("600.00"))
                    .invoicedOn(served.minusMonths(3))
                    .build())
            .demandedOnAccount(Money.parse(onAccount))
            .build();

    CheckResult result = CHECKS.assess(demand).results().get(2);

    assertThat(result.rule()).isEqualTo("s.20B 18-month rule");
    assertThat(result.citation()).isEqualTo("LTA 1985 s.20B; LAW-AND-PRACTICE.md §1.3");
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.amount()).isEqualTo(Money.parse(irrecoverable));
    assertThat(String.join("\n", result.reasons())).contains(reason);
  }

  @Test
  void anInvalidDemandDoesNotStopTheClockAndSaysByWhenAValidOneMustBeServed() {
    ServiceChargeDemand demand =
        validDemand(LocalDate.of(2025, 3, 1))
            .serviceChargeSummaryEnclosed(false)
            .addCosts(
                CostLine.builder()
                    .description("Roof repair")
                    .share(Money.parse("1000.00"))
                    .invoicedOn(LocalDate.of(2024, 1, 10))
                    .build())
            .build();

    DemandAssessment assessment = CHECKS.assess(demand);

    assertThat(assessment.isValid()).isFalse();
    assertThat(assessment.results().get(2).reasons())
        .containsExactly(
            "'Roof repair' (£1,000.00), incurred 2024-01-10: this demand does not stop the clock"
                + " because it is not valid; serve a valid demand by 2025-07-10");
    assertThat(assessment.payableNow()).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | service charge | sc summary | admin charge | admin summary | verdict | withheld |
        // reason
        "service charge with its summary          | 500.00 | true  | 0.00  | false | COMPLIES | 0.00 | the service charges summary went with the demand",
        "service charge without its summary       | 500.00 | false | 0.00  | false | WITHHELD | 500.00 | served without the service charges summary",
        "administration charge without its own    | 500.00 | true  | 60.00 | false | WITHHELD | 60.00 | without the administration charges summary",
        "both summaries enclosed                  | 500.00 | true  | 60.00 | true  | COMPLIES | 0.00 | the administration charges summary went with the demand",
        "neither summary enclosed                 | 500.00 | false | 60.00 | false | WITHHELD | 560.00 | the service charge of £500.00 is withheld",
      })
  void theSummaryOfRightsAndObligations(
      String name,
      String serviceCharge,
      boolean serviceSummary,
      String adminCharge,
      boolean adminSummary,
      Verdict verdict,
      String withheld,
      String reason) {
    ServiceChargeDemand demand =
        validDemand(LocalDate.of(2025, 4, 1))
            .serviceCharge(Money.parse(serviceCharge))
            .serviceChargeSummaryEnclosed(serviceSummary)
            .administrationCharge(Money.parse(adminCharge))
            .administrationChargeSummaryEnclosed(adminSummary)
            .build();

    DemandAssessment assessment = CHECKS.assess(demand);
    CheckResult result = assessment.results().get(0);

    assertThat(result.citation()).startsWith("LTA 1985 s.21B; CLRA 2002 Sch 11 para 4");
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.amount()).isEqualTo(Money.parse(withheld));
    assertThat(String.join("\n", result.reasons())).contains(reason);
    Money demanded = Money.parse(serviceCharge).plus(Money.parse(adminCharge));
    assertThat(assessment.payableNow()).isEqualTo(demanded.minus(Money.parse(withheld)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | name | address | address in E&W | address for service | notified before | verdict
        // | reason
        "name, address and address for service    | true  | true  | true  | true  | false | COMPLIES | an address for service in England and Wales has been given",
        "no landlord's name                       | false | true  | true  | true  | false | WITHHELD | s.47: the demand does not give the landlord's name",
        "no landlord's address                    | true  | false | true  | true  | false | WITHHELD | s.47: the demand does not give the landlord's address",
        "overseas address, none for service       | true  | true  | false | false | true  | WITHHELD | no address in England and Wales for service of notices",
        "overseas address, one for service given  | true  | true  | false | true  | false | COMPLIES | an address for service in England and Wales has been given",
        "no s.48 address given, now or before     | true  | true  | true  | false | false | WITHHELD | s.48: no address in England and Wales for service of notices has been given",
        "s.48 address given once before           | true  | true  | true  | false | true  | COMPLIES | has been given",
      })
  void theLandlordsNameAndAddressForService(
      String name,
      boolean hasName,
      boolean hasAddress,
      boolean inEnglandAndWales,
      boolean addressForService,
      boolean notifiedBefore,
      Verdict verdict,
      String reason) {
    ImmutableServiceChargeDemand.Builder builder =
        ServiceChargeDemand.builder()
            .from(validDemand(LocalDate.of(2025, 4, 1)).build())
            .landlordName(hasName ? Optional.of("London Borough of Anytown") : Optional.empty())
            .landlordAddress(hasAddress ? Optional.of(TOWN_HALL) : Optional.empty())
            .landlordAddressInEnglandAndWales(inEnglandAndWales)
            .addressForService(addressForService ? Optional.of(TOWN_HALL) : Optional.empty())
            .addressForServicePreviouslyNotified(notifiedBefore);

    DemandAssessment assessment = CHECKS.assess(builder.build());
    CheckResult result = assessment.results().get(1);

    assertThat(result.citation()).isEqualTo("LTA 1987 ss.47-48; LAW-AND-PRACTICE.md §1.5");
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(String.join("\n", result.reasons())).contains(reason);
    assertThat(assessment.payableNow())
        .isEqualTo(verdict == Verdict.COMPLIES ? Money.parse("1000.00") : Money.ZERO);
  }

  @Test
  void payableNowTakesOffWhatCanNeverBeRecovered() {
    ServiceChargeDemand demand =
        validDemand(LocalDate.of(2025, 9, 1))
            .addCosts(
                CostLine.builder()
                    .description("Late invoice")
                    .share(Money.parse("250.00"))
                    .invoicedOn(LocalDate.of(2023, 1, 1))
                    .build(),
                CostLine.builder()
                    .description("Recent invoice")
                    .share(Money.parse("750.00"))
                    .invoicedOn(LocalDate.of(2025, 6, 1))
                    .build())
            .build();

    DemandAssessment assessment = CHECKS.assess(demand);

    assertThat(assessment.isValid()).isTrue();
    assertThat(assessment.irrecoverable()).isEqualTo(Money.parse("250.00"));
    assertThat(assessment.payableNow()).isEqualTo(Money.parse("750.00"));
  }
}
