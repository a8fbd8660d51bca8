package org.homeownership.recovery.heating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.junit.jupiter.api.Test;

/** District heating bills (LAW-AND-PRACTICE.md §9): worked figures, decisions and money laws. */
class HeatingBillingTest {

  private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  private static final DateRange QUARTER = new DateRange(Q1, LocalDate.of(2026, 4, 1));

  /** West Whitlawburn's tariff (§9.3), used only to illustrate the structure. */
  private static final HeatTariff WEST_WHITLAWBURN =
      new HeatTariff(new BigDecimal("12"), new BigDecimal("39.45"), new BigDecimal("5"));

  private static final EffectiveDated<HeatTariff> TARIFFS =
      EffectiveDated.from(
          LocalDate.of(2025, 4, 1),
          WEST_WHITLAWBURN,
          "heat tariff",
          "LAW-AND-PRACTICE.md §9.3 (West Whitlawburn, illustration)");

  private static final EffectiveDated<HeatBillRounding> HALF_UP =
      EffectiveDated.from(
          LocalDate.of(2025, 4, 1),
          new HeatBillRounding(RoundingMode.HALF_UP, RoundingMode.HALF_UP),
          "heating bill rounding",
          "council billing policy");

  private final HeatingBilling billing = new HeatingBilling(TARIFFS, HALF_UP);

  private static ImmutableHeatingBillRequest.Builder request() {
    return HeatingBillRequest.builder()
        .account(AccountId.of("HT-2001"))
        .dwelling(DwellingId.of("FLAT-3"))
        .billingPeriod(QUARTER)
        .occupancy(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 1)))
        .openingReading(
            new MeterReading(
                LocalDate.of(2026, 1, 15), new BigDecimal("10000.0"), ReadingKind.ACTUAL))
        .closingReading(
            new MeterReading(
                LocalDate.of(2026, 3, 31), new BigDecimal("11234.5"), ReadingKind.ESTIMATED))
        .dateRaised(LocalDate.of(2026, 4, 7))
        .dueDate(LocalDate.of(2026, 5, 7))
        .demandReference("HB-2026-Q1-0003");
  }

  private HeatingBill billed(HeatingBillRequest request) {
    HeatingBillOutcome outcome = billing.bill(request);
    assertThat(outcome).isInstanceOf(HeatingBillOutcome.Billed.class);
    return ((HeatingBillOutcome.Billed) outcome).bill();
  }

  @Test
  void westWhitlawburnTariffArithmetic() {
    assertThat(WEST_WHITLAWBURN.unitRateIncludingVatPence()).isEqualByComparingTo("12.6");
    assertThat(WEST_WHITLAWBURN.standingChargeIncludingVatPencePerDay())
        .isEqualByComparingTo("41.4225");
    assertThat(HeatTariff.asPublished(WEST_WHITLAWBURN.standingChargeIncludingVatPencePerDay()))
        .isEqualByComparingTo("41.42");
    assertThat(HeatTariff.asPublished(WEST_WHITLAWBURN.unitRateIncludingVatPence()))
        .isEqualByComparingTo("12.6");
    HeatTariff earlier = new HeatTariff(new BigDecimal("9"), BigDecimal.ZERO, new BigDecimal("5"));
    assertThat(earlier.unitRateIncludingVatPence()).isEqualByComparingTo("9.45");
  }

  @Test
  void aPartQuarterBillReproducesEveryFigure() {
    HeatingBill bill = billed(request().build());

    assertThat(bill.occupiedDays()).isEqualTo(76);
    assertThat(bill.heatUsedKwh()).isEqualByComparingTo("1234.5");
    assertThat(bill.usageNet()).isEqualTo(Money.parse("148.14"));
    assertThat(bill.usageVat()).isEqualTo(Money.parse("7.41"));
    assertThat(bill.standingNet()).isEqualTo(Money.parse("29.98"));
    assertThat(bill.standingVat()).isEqualTo(Money.parse("1.50"));
    assertThat(bill.vat()).isEqualTo(Money.parse("8.91"));
    assertThat(bill.total()).isEqualTo(Money.parse("187.03"));
    assertThat(bill.explanation())
        .containsExactly(
            "Billing period 1 January 2026 to 31 March 2026 (90 days)",
            "Occupied 15 January 2026 to 31 March 2026: 76 days, counting the first and the last"
                + " day",
            "Tariff (heat tariff, LAW-AND-PRACTICE.md §9.3 (West Whitlawburn, illustration)): unit"
                + " rate 12p per kWh, standing charge 39.45p per day, before VAT at 5%",
            "Opening reading 10000.0 kWh on 2026-01-15 (actual)",
            "Closing reading 11234.5 kWh on 2026-03-31 (estimated)",
            "Heat used: 1234.5 kWh × 12p = £148.14; VAT at 5% £7.41; £155.55",
            "Standing charge: 76 days × 39.45p = £29.98; VAT at 5% £1.50; £31.48",
            "Total £187.03 (net £178.12, VAT £8.91)",
            "Rounding (heating bill rounding): each line's net amount rounded half up to the penny"
                + " at the line total; each line's VAT rounded half up to the penny");
  }

  @Test
  void theChargesCarryTheBillAndDeterministicReferences() {
    HeatingBill bill = billed(request().build());

    assertThat(bill.charges())
        .extracting(Charge::chargeType, Charge::amount, c -> c.externalReference().orElseThrow())
        .containsExactly(
            tuple(ChargeType.HEATING_USAGE, Money.parse("155.55"), "HEAT-USAGE-FLAT-3-2026-01-01"),
            tuple(
                ChargeType.HEATING_STANDING_CHARGE,
                Money.parse("31.48"),
                "HEAT-STANDING-FLAT-3-2026-01-01"));
    Charge usage = bill.charges().get(0);
    assertThat(usage.periodCovered())
        .contains(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1)));
    assertThat(usage.dateRaised()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(usage.dueDate()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(usage.demandReference()).contains("HB-2026-Q1-0003");
    assertThat(billed(request().build()).charges()).isEqualTo(bill.charges());
  }

  @Test
  void noHeatUsedMeansOnlyAStandingCharge() {
    HeatingBill bill =
        billed(
            request()
                .closingReading(
                    new MeterReading(
                        LocalDate.of(2026, 3, 31), new BigDecimal("10000.0"), ReadingKind.ACTUAL))
                .build());

    assertThat(bill.usageNet()).isEqualTo(Money.ZERO);
    assertThat(bill.charges())
        .singleElement()
        .extracting(Charge::chargeType)
        .isEqualTo(ChargeType.HEATING_STANDING_CHARGE);
  }

  @Test
  void anUnmeteredDwellingFallsBackToTheApportionedHeatingCharge() {
    HeatingBillOutcome outcome =
        billing.bill(
            HeatingBillRequest.builder()
                .from(request().build())
                .metered(false)
                .openingReading(Optional.empty())
                .closingReading(Optional.empty())
                .build());

    assertThat(outcome)
        .isEqualTo(
            new HeatingBillOutcome.ApportionedFallback(
                DwellingId.of("FLAT-3"),
                List.of(
                    "Dwelling FLAT-3 has no heat meter: its heating for 1 January 2026 to 31 March"
                        + " 2026 is recovered as an apportioned heating charge within the service"
                        + " charge, not billed by usage (LAW-AND-PRACTICE.md §9.3)")));
  }

  @Test
  void billsThatCannotBeMadeSayWhy() {
    EffectiveDated<HeatTariff> changing =
        TARIFFS.withVersion(
            LocalDate.of(2026, 3, 1),
            new HeatTariff(new BigDecimal("13"), new BigDecimal("40"), new BigDecimal("5")));
    HeatingBillOutcome tariffChange = new HeatingBilling(changing, HALF_UP).bill(request().build());
    assertThat(tariffChange.reasons())
        .containsExactly(
            "heat tariff changes on 2026-03-01, within 15 January 2026 to 31 March 2026: bill the"
                + " parts either side of the change separately, with a reading on 2026-03-01");

    HeatingBillOutcome missing =
        billing.bill(
            HeatingBillRequest.builder()
                .from(request().build())
                .closingReading(Optional.empty())
                .build());
    assertThat(missing).isInstanceOf(HeatingBillOutcome.NotBilled.class);
    assertThat(missing.reasons()).singleElement().asString().contains("reading is missing");

    HeatingBillOutcome backwards =
        billing.bill(
            request()
                .closingReading(
                    new MeterReading(
                        LocalDate.of(2026, 3, 31), new BigDecimal("9999.9"), ReadingKind.ACTUAL))
                .build());
    assertThat(backwards.reasons())
        .containsExactly(
            "The closing register 9999.9 kWh is below the opening register 10000.0 kWh: check for"
                + " a misread or a meter exchange");

    HeatingBillOutcome moved =
        billing.bill(
            request()
                .occupancy(new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 1)))
                .build());
    assertThat(moved.reasons())
        .containsExactly(
            "The occupancy [2025-06-01, 2025-12-01) has no day in the billing period 1 January"
                + " 2026 to 31 March 2026");
  }

  @Test
  void aTariffChangeOnTheFirstOccupiedDayUsesTheNewTariff() {
    EffectiveDated<HeatTariff> changing =
        TARIFFS.withVersion(
            LocalDate.of(2026, 1, 15),
            new HeatTariff(new BigDecimal("13"), new BigDecimal("40"), new BigDecimal("5")));
    HeatingBillOutcome outcome = new HeatingBilling(changing, HALF_UP).bill(request().build());

    assertThat(((HeatingBillOutcome.Billed) outcome).bill().standingNet())
        .isEqualTo(Money.parse("30.40"));
  }

  @Test
  void theRoundingRuleIsConfiguration() {
    HeatingBilling down =
        new HeatingBilling(
            TARIFFS,
            EffectiveDated.from(
                Q1,
                new HeatBillRounding(RoundingMode.DOWN, RoundingMode.DOWN),
                "heating bill rounding",
                "council billing policy"));
    HeatingBill bill = ((HeatingBillOutcome.Billed) down.bill(request().build())).bill();

    assertThat(bill.usageVat()).isEqualTo(Money.parse("7.40"));
    assertThat(bill.standingVat()).isEqualTo(Money.parse("1.49"));
    assertThat(bill.explanation())
        .last()
        .isEqualTo(
            "Rounding (heating bill rounding): each line's net amount rounded down to the penny at"
                + " the line total; each line's VAT rounded down to the penny");
    assertThatThrownBy(() -> new HeatBillRounding(RoundingMode.UNNECESSARY, RoundingMode.HALF_UP))
        .hasMessageContaining("UNNECESSARY");
  }

  @Test
  void aBillsLinesAndChargesSumToItsTotal() {
    qt().forAll(
            integers().between(0, 50_000_000),
            integers().between(0, 5_000),
            integers().between(0, 20_000),
            integers().between(1, 90))
        .checkAssert(
            (tenthsKwh, unitHundredths, standingHundredths, days) -> {
              HeatingBill bill =
                  billWith(tenthsKwh, unitHundredths, standingHundredths, Q1.plusDays(90 - days));
              Money lines =
                  bill.usageNet()
                      .plus(bill.usageVat())
                      .plus(bill.standingNet())
                      .plus(bill.standingVat());
              Money charged =
                  bill.charges().stream().map(Charge::amount).reduce(Money.ZERO, Money::plus);
              assertThat(lines).isEqualTo(bill.total());
              assertThat(charged).isEqualTo(bill.total());
              assertThat(bill.occupiedDays()).isEqualTo((long) days);
            });
  }

  @Test
  void aStandingChargeProRatedOverTheWholePeriodIsTheFullPeriodCharge() {
    qt().forAll(integers().between(0, 20_000))
        .checkAssert(
            standingHundredths -> {
              HeatingBill bill = billWith(0, 1200, standingHundredths, Q1);
              BigDecimal fullPeriodPence =
                  BigDecimal.valueOf(standingHundredths, 2).multiply(BigDecimal.valueOf(90));
              assertThat(bill.occupiedDays()).isEqualTo(QUARTER.days());
              assertThat(bill.standingNet().pence())
                  .isEqualTo(fullPeriodPence.setScale(0, RoundingMode.HALF_UP).longValueExact());
            });
  }

  @Test
  void twoOccupiersStandingChargesAreWithinAPennyOfTheWholePeriods() {
    qt().forAll(integers().between(0, 20_000), integers().between(1, 89))
        .checkAssert(
            (standingHundredths, moveDay) -> {
              LocalDate move = Q1.plusDays(moveDay);
              HeatingBill whole = billWith(0, 1200, standingHundredths, Q1);
              HeatingBill outgoing = billWithOccupancy(standingHundredths, new DateRange(Q1, move));
              HeatingBill incoming =
                  billWithOccupancy(
                      standingHundredths, new DateRange(move, QUARTER.endExclusive()));
              assertThat(outgoing.occupiedDays() + incoming.occupiedDays()).isEqualTo(90);
              long difference =
                  outgoing
                      .standingNet()
                      .plus(incoming.standingNet())
                      .minus(whole.standingNet())
                      .pence();
              assertThat(Math.abs(difference)).isLessThanOrEqualTo(1);
            });
  }

  private HeatingBill billWith(
      int tenthsKwh, int unitHundredths, int standingHundredths, LocalDate moveIn) {
    HeatTariff tariff =
        new HeatTariff(
            BigDecimal.valueOf(unitHundredths, 2),
            BigDecimal.valueOf(standingHundredths, 2),
            new BigDecimal("5"));
    HeatingBilling custom =
        new HeatingBilling(EffectiveDated.from(Q1, tariff, "heat tariff", "test"), HALF_UP);
    HeatingBillRequest request =
        request()
            .occupancy(new DateRange(moveIn, LocalDate.of(2099, 1, 1)))
            .openingReading(new MeterReading(moveIn, BigDecimal.ZERO, ReadingKind.ACTUAL))
            .closingReading(
                new MeterReading(
                    QUARTER.endExclusive(), BigDecimal.valueOf(tenthsKwh, 1), ReadingKind.ACTUAL))
            .build();
    return ((HeatingBillOutcome.Billed) custom.bill(request)).bill();
  }

  private HeatingBill billWithOccupancy(int standingHundredths, DateRange occupancy) {
    HeatTariff tariff =
        new HeatTariff(
            new BigDecimal("12"), BigDecimal.valueOf(standingHundredths, 2), BigDecimal.ZERO);
    HeatingBilling custom =
        new HeatingBilling(EffectiveDated.from(Q1, tariff, "heat tariff", "test"), HALF_UP);
    HeatingBillRequest request =
        request()
            .occupancy(occupancy)
            .openingReading(new MeterReading(Q1, BigDecimal.ZERO, ReadingKind.ACTUAL))
            .closingReading(
                new MeterReading(LocalDate.of(2026, 3, 31), BigDecimal.ZERO, ReadingKind.ACTUAL))
            .build();
    return ((HeatingBillOutcome.Billed) custom.bill(request)).bill();
  }
}
