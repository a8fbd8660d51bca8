package org.homeownership.recovery.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.lease.InterestClause;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Simple interest under County Courts Act 1984 s.69 at 8% (LAW-AND-PRACTICE.md §6.5): principal ×
 * rate × days ÷ 365, days from the from-date (counted) to the to-date (not counted), ÷ 365 in leap
 * years too, rounded once half up to the penny; excluded periods (§7.4, §1.4) left out.
 */
class SimpleInterestTest {

  private static final SimpleInterest S69 = SimpleInterest.section69();

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  record Row(
      String name,
      String principal,
      String from,
      String to,
      List<InterestExclusion> exclusions,
      long days,
      long excluded,
      String total,
      String daily) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "£1,000 for 365 days",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(),
            365,
            0,
            "80.00",
            "0.22"),
        new Row(
            "£1,000 for 364 days (to the day before)",
            "1000.00",
            "2025-04-01",
            "2026-03-31",
            List.of(),
            364,
            0,
            "79.78",
            "0.22"),
        new Row(
            "£1,000 for 366 days (to the day after)",
            "1000.00",
            "2025-04-01",
            "2026-04-02",
            List.of(),
            366,
            0,
            "80.22",
            "0.22"),
        new Row(
            "leap year 2024: 366 days ÷ 365",
            "1000.00",
            "2024-01-01",
            "2025-01-01",
            List.of(),
            366,
            0,
            "80.22",
            "0.22"),
        new Row("one day", "1000.00", "2025-04-01", "2025-04-02", List.of(), 1, 0, "0.22", "0.22"),
        new Row("no days", "1000.00", "2025-04-01", "2025-04-01", List.of(), 0, 0, "0.00", "0.22"),
        new Row(
            "£1,234.56 for 100 days: 27.0588 half up",
            "1234.56",
            "2025-01-01",
            "2025-04-11",
            List.of(),
            100,
            0,
            "27.06",
            "0.27"),
        new Row("£0.00", "0.00", "2025-01-01", "2026-01-01", List.of(), 365, 0, "0.00", "0.00"),
        new Row(
            "breathing space of 60 days left out",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(InterestExclusion.breathingSpace(d("2025-06-02"), d("2025-07-31"))),
            305,
            60,
            "66.85",
            "0.22"),
        new Row(
            "demand withheld under s.21B until the compliant demand",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(InterestExclusion.withheldDemand(d("2025-04-01"), d("2025-05-01"))),
            335,
            30,
            "73.42",
            "0.22"),
        new Row(
            "overlapping exclusions count once",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(
                InterestExclusion.withheldDemand(d("2025-04-01"), d("2025-05-01")),
                InterestExclusion.breathingSpace(d("2025-04-21"), d("2025-05-10"))),
            325,
            40,
            "71.23",
            "0.22"),
        new Row(
            "exclusion starting on the to-date changes nothing",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(InterestExclusion.breathingSpace(d("2026-04-01"), d("2026-05-30"))),
            365,
            0,
            "80.00",
            "0.22"),
        new Row(
            "exclusion ending the day before the from-date changes nothing",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(InterestExclusion.breathingSpace(d("2025-02-01"), d("2025-03-31"))),
            365,
            0,
            "80.00",
            "0.22"),
        new Row(
            "exclusion covering the from-date takes its one day",
            "1000.00",
            "2025-04-01",
            "2026-04-01",
            List.of(InterestExclusion.breathingSpace(d("2025-02-01"), d("2025-04-01"))),
            364,
            1,
            "79.78",
            "0.22"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void section69InterestAtEightPercent(Row row) {
    ParticularsOfInterest p =
        S69.on(Money.parse(row.principal()), d(row.from()), d(row.to()), row.exclusions());

    assertThat(p.daysCounted()).isEqualTo(row.days());
    assertThat(p.daysExcluded()).isEqualTo(row.excluded());
    assertThat(p.total()).isEqualTo(Money.parse(row.total()));
    assertThat(p.dailyRate()).isEqualTo(Money.parse(row.daily()));
    assertThat(p.basis()).isEqualTo(InterestBasis.STATUTORY_SECTION_69);
    assertThat(p.annualRatePercent()).isEqualByComparingTo("8");
    assertThat(p.rounding()).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void particularsStateWhatCpr16_4RequiresInOneLine() {
    ParticularsOfInterest p = S69.on(Money.parse("1000.00"), d("2025-04-01"), d("2026-04-01"));

    assertThat(p.describe())
        .isEqualTo(
            "interest under County Courts Act 1984 s.69 on £1,000.00 at 8% a year simple from"
                + " 2025-04-01 to 2026-04-01: 365 days, £80.00; daily rate thereafter £0.22 (÷ 365,"
                + " rounded half up to the penny)");
  }

  @Test
  void theDailyRateRunsOnFromTheToDate() {
    ParticularsOfInterest p = S69.on(Money.parse("1000.00"), d("2025-04-01"), d("2026-04-01"));

    assertThat(p.continuingTo(d("2026-04-01"))).isEqualTo(Money.ZERO);
    assertThat(p.continuingTo(d("2026-05-01"))).isEqualTo(Money.parse("6.60"));
    assertThat(p.totalTo(d("2026-05-01"))).isEqualTo(Money.parse("86.60"));
    assertThatThrownBy(() -> p.continuingTo(d("2026-03-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date 2026-03-31 is before the interest to-date 2026-04-01");
  }

  @Test
  void theRoundingIsNamedAndCanBeChanged() {
    SimpleInterest down = SimpleInterest.section69(InterestRates.section69(), RoundingMode.DOWN);

    ParticularsOfInterest p = down.on(Money.parse("1000.00"), d("2025-04-01"), d("2025-04-02"));

    assertThat(p.dailyRate()).isEqualTo(Money.parse("0.21"));
    assertThat(p.total()).isEqualTo(Money.parse("0.21"));
    assertThat(p.describe()).endsWith("(÷ 365, rounded down to the penny)");
  }

  @Test
  void aRateChangeSplitsThePeriodAndTheDailyRateUsesTheRateOnTheToDate() {
    EffectiveDated<BigDecimal> rates =
        EffectiveDated.of(
            "test rate",
            "test configuration",
            Map.of(d("2020-01-01"), new BigDecimal("8"), d("2025-04-01"), new BigDecimal("10")));
    SimpleInterest interest = SimpleInterest.section69(rates, RoundingMode.HALF_UP);

    ParticularsOfInterest p = interest.on(Money.parse("1000.00"), d("2025-01-01"), d("2025-07-01"));

    // 90 days at 8% and 91 at 10%: (720 + 910) × 1000 ÷ 36500 = 44.657…
    assertThat(p.ratePeriods()).extracting(RatePeriod::daysCounted).containsExactly(90L, 91L);
    assertThat(p.total()).isEqualTo(Money.parse("44.66"));
    assertThat(p.dailyRate()).isEqualTo(Money.parse("0.27"));
    assertThat(p.annualRatePercent()).isEqualByComparingTo("10");
  }

  @Test
  void theEightPercentRateIsEffectiveDatedFromApril1993() {
    EffectiveDated<BigDecimal> rate = InterestRates.section69();

    assertThat(rate.on(d("1993-04-01"))).isEqualByComparingTo("8");
    assertThat(rate.find(d("1993-03-31"))).isEmpty();
    assertThat(rate.source()).contains("§6.5");
    assertThatThrownBy(() -> S69.on(Money.parse("100.00"), d("1993-03-31"), d("1993-04-30")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no version in force on 1993-03-31");
  }

  @Test
  void leaseInterestIsBasePlusTheClauseFromTheEndOfTheGracePeriod() {
    EffectiveDated<BigDecimal> base =
        EffectiveDated.from(
            d("2025-01-01"), new BigDecimal("5"), "example base rate", "test configuration");
    SimpleInterest lease =
        SimpleInterest.underLease(
            new InterestClause(new BigDecimal("4"), 14), base, RoundingMode.HALF_UP);

    LocalDate from = lease.runsFrom(d("2025-04-01"));
    ParticularsOfInterest p = lease.on(Money.parse("1000.00"), from, d("2026-04-15"));

    assertThat(from).isEqualTo(d("2025-04-15"));
    assertThat(p.basis()).isEqualTo(InterestBasis.CONTRACTUAL_LEASE);
    assertThat(p.annualRatePercent()).isEqualByComparingTo("9");
    assertThat(p.daysCounted()).isEqualTo(365);
    assertThat(p.total()).isEqualTo(Money.parse("90.00"));
    assertThat(p.dailyRate()).isEqualTo(Money.parse("0.25"));
    assertThat(S69.runsFrom(d("2025-04-01"))).isEqualTo(d("2025-04-01"));
  }

  @Test
  void badInputNamesTheFieldAndValue() {
    assertThatThrownBy(() -> S69.on(Money.parse("-1.00"), d("2025-01-01"), d("2025-02-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("principal is negative: -1.00");
    assertThatThrownBy(() -> S69.on(Money.parse("1.00"), d("2025-02-01"), d("2025-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interest to-date 2025-01-01 is before from-date 2025-02-01");
    assertThatThrownBy(
            () ->
                SimpleInterest.section69(
                    EffectiveDated.from(d("2025-01-01"), new BigDecimal("-1"), "bad rate", "test"),
                    RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad rate is negative from 2025-01-01: -1");
    assertThatThrownBy(
            () -> SimpleInterest.section69(InterestRates.section69(), RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExclusionIsAHalfOpenRangeOfDays() {
    InterestExclusion space = InterestExclusion.breathingSpace(d("2025-06-02"), d("2025-07-31"));

    assertThat(space.days()).isEqualTo(new DateRange(d("2025-06-02"), d("2025-08-01")));
    assertThat(space.days().days()).isEqualTo(60);
    assertThat(space.reason().description()).contains("§7.4");
  }
}
