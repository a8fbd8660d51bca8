package org.homeownership.recovery.sharedownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every worked figure of LAW-AND-PRACTICE.md §10, and the review decisions as a matrix. */
class SharedOwnershipWorkedFiguresTest {

  private static final LocalDate REVIEW_DATE = LocalDate.of(2026, 4, 1);
  private static final ReviewFormula RPI_HALF =
      new ReviewFormula.RpiRatioPlusMargin(new BigDecimal("0.5"));
  private static final ReviewFormula CPI_ONE = new ReviewFormula.CpiPlusMargin(BigDecimal.ONE);

  private final UnownedShareRent unownedShareRent = new UnownedShareRent();
  private final MonthlyInstalments instalments = new MonthlyInstalments();
  private final RentReview review = new RentReview();
  private final StaircasingRule staircasing = new StaircasingRule();

  @Test
  void govUkExample400000With40PercentBoughtIs6600AYearAnd550AMonth() {
    AnnualRent rent =
        unownedShareRent.annualRent(
            Money.parse("400000.00"), new BigDecimal("60"), new BigDecimal("2.75"));

    assertThat(rent.amount()).isEqualTo(Money.parse("6600.00"));
    assertThat(instalments.split(rent.amount(), YearMonth.of(2026, 4)).values())
        .containsExactlyElementsOf(Collections.nCopies(12, Money.parse("550.00")));
    assertThat(rent.explanation())
        .containsExactly(
            "Value £400,000.00 × unowned share 60% = £240000 unowned",
            "Unowned value × rent rate 2.75% = £6,600.00 a year",
            "Rounding: value × unowned share × rent rate, rounded once half up to the penny");
  }

  @Test
  void sharedOwnershipResourcesExample45PercentOf300000Is378Point13AMonth() {
    AnnualRent rent =
        unownedShareRent.annualRent(
            Money.parse("300000.00"), new BigDecimal("55"), new BigDecimal("2.75"));

    assertThat(rent.amount()).isEqualTo(Money.parse("4537.50"));
    List<Money> months =
        List.copyOf(instalments.split(rent.amount(), YearMonth.of(2026, 4)).values());
    assertThat(months.subList(0, 11))
        .containsExactlyElementsOf(Collections.nCopies(11, Money.parse("378.13")));
    assertThat(months.get(11)).isEqualTo(Money.parse("378.07"));
    assertThat(months.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(rent.amount());
  }

  @Test
  void rpiFourPercentTurns360Into376Point20() {
    RentReviewResult byPublishedRate =
        review.review(
            request(Money.parse("360.00"), RPI_HALF)
                .indexMovement(
                    IndexMovement.ofPublishedChange(
                        "RPI", "gov.uk example, LAW-AND-PRACTICE.md §10", new BigDecimal("4")))
                .build());
    assertThat(byPublishedRate.reviewedRent()).isEqualTo(Money.parse("376.20"));
    assertThat(byPublishedRate.explanation())
        .contains(
            "Largest increase the lease allows: 4.5%",
            "Rent from 2026-04-01: £360.00 × (1 + 4.5%) = £376.20");

    RentReviewResult annual =
        review.review(
            request(Money.parse("4320.00"), RPI_HALF).indexMovement(levels("100", "104")).build());
    assertThat(annual.reviewedRent()).isEqualTo(Money.parse("4514.40"));
    assertThat(instalments.split(annual.reviewedRent(), YearMonth.of(2026, 4)).values())
        .containsOnly(Money.parse("376.20"));
  }

  @Test
  void correctedRatioFormulaTurns2000Into4010Not4020() {
    RentReviewResult result =
        review.review(
            request(Money.parse("2000.00"), RPI_HALF).indexMovement(levels("100", "200")).build());

    assertThat(result.reviewedRent()).isEqualTo(Money.parse("4010.00"));
    assertThat(result.explanation())
        .contains(
            "Formula: RPI + 0.5% by the corrected ratio formula: rent × (RPI ratio + 0.5%); if RPI"
                + " is zero or negative, rent × (1 + 0.5%)",
            "Index: RPI all items 2025-09 200 ÷ 2024-09 100 (ONS, test figures)",
            "Rent from 2026-04-01: £2,000.00 × (1 + 100.5%) = £4,010.00");
  }

  @ParameterizedTest(name = "{0} change {1}% on £360.00 -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # formula | index change % | landlord % | reviewed rent | explanation fragment
          RPI | 4    |     | 376.20 | Largest increase the lease allows: 4.5%
          RPI | 0    |     | 361.80 | RPI did not rise, so the increase is the margin of 0.5%
          RPI | -1.2 |     | 361.80 | RPI did not rise, so the increase is the margin of 0.5%
          RPI | 4    | 3   | 370.80 | The landlord applies a lesser increase of 3%
          CPI | 3    |     | 374.40 | Largest increase the lease allows: 4%
          CPI | 0    |     | 363.60 | Largest increase the lease allows: 1%
          CPI | -0.5 |     | 361.80 | Largest increase the lease allows: 0.5%
          CPI | -1   |     | 360.00 | CPI + 1% is 0% or below, so the rent does not change (no decrease)
          CPI | -2.5 |     | 360.00 | Largest increase the lease allows: 0%
          CPI | 3    | 2   | 367.20 | The landlord applies a lesser increase of 2%
          CPI | 3    | 5   | 374.40 | The landlord's increase of 5% is not below the lease's largest, which applies
          CPI | 3    | 0   | 360.00 | The landlord applies a lesser increase of 0%
          """)
  void reviewMatrix(
      String formula, BigDecimal change, BigDecimal landlord, String expected, String fragment) {
    ImmutableRentReviewRequest.Builder builder =
        request(Money.parse("360.00"), formula.equals("RPI") ? RPI_HALF : CPI_ONE)
            .indexMovement(IndexMovement.ofPublishedChange(formula, "test figure", change));
    if (landlord != null) {
      builder.landlordIncreasePercent(landlord);
    }

    RentReviewResult result = review.review(builder.build());

    assertThat(result.reviewed()).isTrue();
    assertThat(result.reviewedRent()).isEqualTo(Money.parse(expected));
    assertThat(result.explanation()).contains(fragment);
  }

  @Test
  void withoutTheIndexFiguresTheRentIsNotReviewed() {
    PriceIndex rpi =
        PriceIndex.of(
            "RPI all items",
            "ONS, test figures",
            Map.of(YearMonth.of(2024, 9), new BigDecimal("100")));
    Optional<IndexMovement> missing =
        IndexMovement.ofLevels(rpi, YearMonth.of(2024, 9), YearMonth.of(2025, 9));
    assertThat(missing).isEmpty();

    RentReviewResult result =
        review.review(request(Money.parse("6600.00"), RPI_HALF).indexMovement(missing).build());

    assertThat(result.reviewed()).isFalse();
    assertThat(result.reviewedRent()).isEqualTo(Money.parse("6600.00"));
    assertThat(result.explanation())
        .containsExactly(
            "Not reviewed: the index figures for the review taking effect on 2026-04-01 are not"
                + " held; the rent stays £6,600.00 until they are");
    EffectiveDated<Money> history =
        EffectiveDated.from(LocalDate.of(2025, 4, 1), Money.parse("6600.00"), "rent", "lease");
    assertThat(result.applyTo(history)).isEqualTo(history);
  }

  @Test
  void aReviewedRentTakesEffectFromTheReviewDate() {
    EffectiveDated<Money> history =
        EffectiveDated.from(LocalDate.of(2025, 4, 1), Money.parse("4320.00"), "rent", "lease");
    RentReviewResult result =
        review.review(
            request(Money.parse("4320.00"), RPI_HALF).indexMovement(levels("100", "104")).build());

    EffectiveDated<Money> reviewed = result.applyTo(history);

    assertThat(reviewed.on(LocalDate.of(2026, 3, 31))).isEqualTo(Money.parse("4320.00"));
    assertThat(reviewed.on(REVIEW_DATE)).isEqualTo(Money.parse("4514.40"));
  }

  @Test
  void staircasingFrom60To50PercentUnownedTurns550Into458Point33() {
    Staircasing purchase =
        Staircasing.of(LocalDate.of(2026, 9, 17), new BigDecimal("60"), new BigDecimal("50"));

    assertThat(staircasing.rentAfter(Money.parse("550.00"), purchase).amount())
        .isEqualTo(Money.parse("458.33"));
    AnnualRent annual = staircasing.rentAfter(Money.parse("6600.00"), purchase);
    assertThat(annual.amount()).isEqualTo(Money.parse("5500.00"));
    assertThat(annual.explanation())
        .containsExactly(
            "Staircasing completed 2026-09-17: unowned share 60% → 50%",
            "Rent £6,600.00 × 50/60 = £5,500.00 (rounding: rent × unowned after ÷ unowned before,"
                + " rounded once half up to the penny)");
  }

  @Test
  void aLeaseOverrideAppliesUnlessItWouldRaiseTheRent() {
    Staircasing lower =
        new Staircasing(
            LocalDate.of(2026, 9, 1),
            new BigDecimal("60"),
            new BigDecimal("50"),
            Optional.of(Money.parse("5400.00")));
    assertThat(staircasing.rentAfter(Money.parse("6600.00"), lower).amount())
        .isEqualTo(Money.parse("5400.00"));
    assertThat(staircasing.monthAfter(Money.parse("550.00"), Money.parse("6600.00"), lower))
        .isEqualTo(Money.parse("450.00"));

    Staircasing higher =
        new Staircasing(
            LocalDate.of(2026, 9, 1),
            new BigDecimal("60"),
            new BigDecimal("50"),
            Optional.of(Money.parse("7000.00")));
    AnnualRent rent = staircasing.rentAfter(Money.parse("6600.00"), higher);
    assertThat(rent.amount()).isEqualTo(Money.parse("5500.00"));
    assertThat(rent.explanation())
        .last()
        .isEqualTo(
            "The lease's figure of £7,000.00 would raise the rent, so the proportional rent applies");
  }

  @Test
  void staircasingMustReduceTheUnownedShare() {
    assertThatThrownBy(
            () -> Staircasing.of(REVIEW_DATE, new BigDecimal("50"), new BigDecimal("50")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unownedAfterPercent (50) must be below unownedBeforePercent (50)");
    assertThatThrownBy(
            () -> Staircasing.of(REVIEW_DATE, new BigDecimal("101"), new BigDecimal("50")))
        .hasMessage("unownedBeforePercent must be from 0 to 100 percent, not 101");
  }

  private static ImmutableRentReviewRequest.Builder request(Money rent, ReviewFormula formula) {
    return RentReviewRequest.builder()
        .currentRent(rent)
        .formula(formula)
        .effectiveFrom(REVIEW_DATE);
  }

  private static IndexMovement levels(String base, String current) {
    PriceIndex rpi =
        PriceIndex.of(
            "RPI all items",
            "ONS, test figures",
            Map.of(
                YearMonth.of(2024, 9), new BigDecimal(base),
                YearMonth.of(2025, 9), new BigDecimal(current)));
    return IndexMovement.ofLevels(rpi, YearMonth.of(2024, 9), YearMonth.of(2025, 9)).orElseThrow();
  }
}
