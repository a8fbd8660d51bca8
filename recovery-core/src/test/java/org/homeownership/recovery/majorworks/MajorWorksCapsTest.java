package org.homeownership.recovery.majorworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.servicecharge.CostPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MajorWorksCapsTest {

  private static final LocalDate DEMANDED = LocalDate.of(2025, 6, 1);

  private static Section20Consultation consultation(String state) {
    return switch (state) {
      case "consulted" ->
          Section20Consultation.builder()
              .noticeOfIntention(LocalDate.of(2024, 9, 1))
              .statementOfEstimates(LocalDate.of(2024, 11, 1))
              .noticeOfReasonsForAward(LocalDate.of(2025, 1, 10))
              .build();
      case "lowest-tender" ->
          Section20Consultation.builder()
              .noticeOfIntention(LocalDate.of(2024, 9, 1))
              .statementOfEstimates(LocalDate.of(2024, 11, 1))
              .awardNoticeRequired(false)
              .build();
      case "no-award-notice" ->
          Section20Consultation.builder()
              .noticeOfIntention(LocalDate.of(2024, 9, 1))
              .statementOfEstimates(LocalDate.of(2024, 11, 1))
              .build();
      case "dispensed" ->
          Section20Consultation.builder().dispensationGranted(LocalDate.of(2025, 2, 1)).build();
      default -> Section20Consultation.none();
    };
  }

  private static MajorWorksScheme scheme(String consultation, Optional<LocalDate> funding) {
    return MajorWorksScheme.builder()
        .reference("MW-2025-07")
        .description("Roof and window renewal")
        .pool(CostPool.block(BlockId.of("MARLOWE")))
        .cost(Money.parse("500000.00"))
        .kind(MajorWorksScheme.WorksKind.REPAIR)
        .consultation(consultation(consultation))
        .governmentFundingAppliedFor(funding)
        .demandedOn(DEMANDED)
        .build();
  }

  private static ImmutableLeaseholderPosition.Builder position() {
    return LeaseholderPosition.builder().dwelling(DwellingId.of("MAR-012")).qualifyingLessee(false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | consultation | share | charge | reduced by | reason or note
        "consulted in full                     | consulted       | 5000.00 | 5000.00 | 0.00    | s.20: consultation completed",
        "no award notice needed (lowest tender)| lowest-tender   | 5000.00 | 5000.00 | 0.00    | s.20: consultation completed",
        "award notice missing                  | no-award-notice | 5000.00 | 250.00  | 4750.00 | capped at the qualifying-works limit of £250.00",
        "not consulted                         | none            | 5000.00 | 250.00  | 4750.00 | neither consulted on nor dispensed with",
        "dispensation granted                  | dispensed       | 5000.00 | 5000.00 | 0.00    | s.20: dispensation granted on 2025-02-01",
        "not consulted, share within the limit | none            | 200.00  | 200.00  | 0.00    | within the £250.00 limit",
      })
  void theSection20ConsultationCap(
      String name, String consultation, String share, String charge, String reducedBy, String why) {
    MajorWorksCharge result =
        new MajorWorksCaps(MajorWorksFigures.england(), true)
            .apply(scheme(consultation, Optional.empty()), position().build(), Money.parse(share));

    assertThat(result.charge()).isEqualTo(Money.parse(charge));
    assertThat(result.share().minus(result.charge())).isEqualTo(Money.parse(reducedBy));
    assertThat(explanation(result)).contains(why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // case | grant | period end | estimate | factor | charge | reason or note
        "within the initial period            | 2022-01-01 | -          | 3000.00 | 1.10 | 3300.00 | capped at the s.125 estimate of £3,000.00 with an inflation allowance of × 1.10 = £3,300.00",
        "allowance rounds down for the lessee | 2022-01-01 | -          | 3000.01 | 1.10 | 3300.01 | = £3,300.01",
        "no inflation allowance given         | 2022-01-01 | -          | 3000.00 | -    | 3000.00 | no inflation allowance was given",
        "initial period over                  | 2020-05-31 | -          | 3000.00 | 1.10 | 5000.00 | ended on 2025-05-31, before the demand",
        "period fixed by the lease runs on    | 2020-05-31 | 2026-03-31 | 3000.00 | 1.10 | 3300.00 | initial period (to 2026-03-31)",
        "no s.125 estimate recorded           | 2022-01-01 | -          | -       | -    | 5000.00 | no s.125 estimate is recorded",
        "not a Right to Buy lease             | -          | -          | -       | -    | 5000.00 | not a Right to Buy lease",
      })
  void theRightToBuyInitialPeriodCap(
      String name,
      LocalDate grant,
      LocalDate periodEnd,
      String estimate,
      BigDecimal factor,
      String charge,
      String why) {
    LeaseholderPosition position =
        position()
            .rightToBuyGrantDate(Optional.ofNullable(grant))
            .initialPeriodEnd(Optional.ofNullable(periodEnd))
            .rightToBuyEstimate(Optional.ofNullable(estimate).map(Money::parse))
            .inflationAllowanceFactor(Optional.ofNullable(factor))
            .build();

    MajorWorksCharge result =
        new MajorWorksCaps(MajorWorksFigures.england(), true)
            .apply(scheme("consulted", Optional.empty()), position, Money.parse("5000.00"));

    assertThat(result.charge()).isEqualTo(Money.parse(charge));
    assertThat(explanation(result)).contains(why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // case | funding applied | qualifying | London | prior date | prior amount | charge |
        // reason or note
        "outside London, room left £4,000        | 2015-03-01 | true  | false | 2022-01-10 | 6000.00 | 4000.00  | leaving £4,000.00",
        "London cap is £15,000                   | 2015-03-01 | true  | true  | 2022-01-10 | 6000.00 | 8000.00  | within the £15,000.00 cap",
        "London, room left £1,000                | 2015-03-01 | true  | true  | 2022-01-10 | 14000.00| 1000.00  | capped at £15,000.00 (London)",
        "earlier charge outside the five years   | 2015-03-01 | true  | false | 2020-06-01 | 9000.00 | 8000.00  | within the £10,000.00 cap",
        "earlier charge inside by a day          | 2015-03-01 | true  | false | 2020-06-02 | 9000.00 | 1000.00  | leaving £1,000.00",
        "funding applied the day before in force | 2014-08-11 | true  | false | -          | -       | 8000.00  | not funded by government assistance applied for on or after 2014-08-12",
        "no government funding                   | -          | true  | false | -          | -       | 8000.00  | not funded by government assistance",
        "not a qualifying lessee                 | 2015-03-01 | false | false | -          | -       | 8000.00  | not a qualifying lessee",
        "a cap already used up                   | 2015-03-01 | true  | false | 2024-01-01 | 12000.00| 0.00     | leaving £0.00",
      })
  void theMandatoryReductionDirectionsCap(
      String name,
      LocalDate fundingApplied,
      boolean qualifying,
      boolean london,
      LocalDate priorDate,
      String priorAmount,
      String charge,
      String why) {
    ImmutableLeaseholderPosition.Builder position = position().qualifyingLessee(qualifying);
    if (priorDate != null) {
      position.addPriorCappedCharges(new PriorCappedCharge(priorDate, Money.parse(priorAmount)));
    }

    MajorWorksCharge result =
        new MajorWorksCaps(MajorWorksFigures.england(), london)
            .apply(
                scheme("consulted", Optional.ofNullable(fundingApplied)),
                position.build(),
                Money.parse("8000.00"));

    assertThat(result.charge()).isEqualTo(Money.parse(charge));
    assertThat(explanation(result)).contains(why);
  }

  @Test
  void capsApplyInTurnEachOnWhatTheOneBeforeLeftAndNeverRaiseACharge() {
    qt().forAll(
            longs().between(0, 5_000_000),
            booleans().all(),
            integers().between(0, 4),
            longs().between(0, 2_000_000))
        .checkAssert(
            (pence, qualifying, consultationIndex, prior) -> {
              String[] states = {
                "consulted", "lowest-tender", "no-award-notice", "dispensed", "none"
              };
              LeaseholderPosition position =
                  position()
                      .qualifyingLessee(qualifying)
                      .rightToBuyGrantDate(LocalDate.of(2022, 1, 1))
                      .rightToBuyEstimate(Money.ofPence(pence / 2))
                      .inflationAllowanceFactor(new BigDecimal("1.07"))
                      .addPriorCappedCharges(
                          new PriorCappedCharge(LocalDate.of(2023, 1, 1), Money.ofPence(prior)))
                      .build();
              MajorWorksCharge result =
                  new MajorWorksCaps(MajorWorksFigures.england(), false)
                      .apply(
                          scheme(states[consultationIndex], Optional.of(LocalDate.of(2016, 1, 1))),
                          position,
                          Money.ofPence(pence));
              assertThat(result.charge().isNegative()).isFalse();
              assertThat(result.charge()).isLessThanOrEqualTo(result.share());
              result.reductions().forEach(r -> assertThat(r.amount().isPositive()).isTrue());
              if (qualifying) {
                assertThat(result.charge().pence() + prior)
                    .isLessThanOrEqualTo(Math.max(1_000_000L, prior));
              }
            });
  }

  private static String explanation(MajorWorksCharge charge) {
    return charge.reductions().stream().map(Reduction::reason).collect(Collectors.joining("\n"))
        + "\n"
        + String.join("\n", charge.notes());
  }
}
