package org.homeownership.recovery.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.interest.ParticularsOfInterest;
import org.homeownership.recovery.interest.SimpleInterest;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * County court issue fees for money claims at every band boundary of the gov.uk table in
 * LAW-AND-PRACTICE.md §6.4, the 5% band rounded down to the penny, and the fee worked out on the
 * claim including interest.
 */
class CourtFeesTest {

  private static final CourtFees FEES = new CourtFees(CourtFees.moneyClaims());
  private static final LocalDate ISSUE = LocalDate.parse("2025-06-02");

  record Row(String claim, String fee, String band) {
    @Override
    public String toString() {
      return "claim £" + claim + " → fee £" + fee;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row("0.01", "35.00", "up to £300.00: £35.00"),
        new Row("300.00", "35.00", "up to £300.00: £35.00"),
        new Row("300.01", "50.00", "over £300.00 up to £500.00: £50.00"),
        new Row("500.00", "50.00", "over £300.00 up to £500.00: £50.00"),
        new Row("500.01", "70.00", "over £500.00 up to £1,000.00: £70.00"),
        new Row("1000.00", "70.00", "over £500.00 up to £1,000.00: £70.00"),
        new Row("1000.01", "80.00", "over £1,000.00 up to £1,500.00: £80.00"),
        new Row("1500.00", "80.00", "over £1,000.00 up to £1,500.00: £80.00"),
        new Row("1500.01", "115.00", "over £1,500.00 up to £3,000.00: £115.00"),
        new Row("3000.00", "115.00", "over £1,500.00 up to £3,000.00: £115.00"),
        new Row("3000.01", "205.00", "over £3,000.00 up to £5,000.00: £205.00"),
        new Row("5000.00", "205.00", "over £3,000.00 up to £5,000.00: £205.00"),
        new Row("5000.01", "455.00", "over £5,000.00 up to £10,000.00: £455.00"),
        new Row("10000.00", "455.00", "over £5,000.00 up to £10,000.00: £455.00"),
        new Row(
            "10000.01",
            "500.00",
            "over £10,000.00 up to £200,000.00: 5% of the claim, rounded down to the penny"),
        new Row(
            "12345.67",
            "617.28",
            "over £10,000.00 up to £200,000.00: 5% of the claim, rounded down to the penny"),
        new Row(
            "199999.99",
            "9999.99",
            "over £10,000.00 up to £200,000.00: 5% of the claim, rounded down to the penny"),
        new Row(
            "200000.00",
            "10000.00",
            "over £10,000.00 up to £200,000.00: 5% of the claim, rounded down to the penny"),
        new Row("200000.01", "10000.00", "over £200,000.00: £10,000.00"),
        new Row("1000000.00", "10000.00", "over £200,000.00: £10,000.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void issueFeeAtEveryBandBoundary(Row row) {
    IssueFee fee = FEES.issueFee(Money.parse(row.claim()), Money.ZERO, ISSUE);

    assertThat(fee.fee()).isEqualTo(Money.parse(row.fee()));
    assertThat(fee.band()).isEqualTo(row.band());
    assertThat(fee.claim()).isEqualTo(Money.parse(row.claim()));
  }

  @Test
  void theFeeIsOnTheClaimIncludingInterest() {
    IssueFee debtAlone = FEES.issueFee(Money.parse("290.00"), Money.ZERO, ISSUE);
    IssueFee withInterest = FEES.issueFee(Money.parse("290.00"), Money.parse("10.01"), ISSUE);

    assertThat(debtAlone.fee()).isEqualTo(Money.parse("35.00"));
    assertThat(withInterest.fee()).isEqualTo(Money.parse("50.00"));
    assertThat(withInterest.describe())
        .isEqualTo("issue fee £50.00 on a claim of £300.01 (over £300.00 up to £500.00: £50.00)");
  }

  @Test
  void s69InterestToTheIssueDateCanMoveTheClaimIntoAHigherBand() {
    // £4,950 due 1 April 2024, issued 1 April 2025: 365 days at 8% = £396.00.
    ParticularsOfInterest interest =
        SimpleInterest.section69()
            .on(
                Money.parse("4950.00"),
                LocalDate.parse("2024-04-01"),
                LocalDate.parse("2025-04-01"));

    IssueFee fee =
        FEES.issueFee(Money.parse("4950.00"), interest.total(), LocalDate.parse("2025-04-01"));

    assertThat(interest.total()).isEqualTo(Money.parse("396.00"));
    assertThat(fee.claim()).isEqualTo(Money.parse("5346.00"));
    assertThat(fee.fee()).isEqualTo(Money.parse("455.00"));
    assertThat(FEES.issueFee(Money.parse("4950.00"), Money.ZERO, ISSUE).fee())
        .isEqualTo(Money.parse("205.00"));
  }

  @Test
  void theTableIsEffectiveDatedAndItsDateIsUnconfirmed() {
    assertThat(CourtFees.moneyClaims().name()).contains("UNCONFIRMED");
    assertThat(CourtFees.moneyClaims().source()).contains("§6.4").contains("UNCONFIRMED");
    CourtFees confirmed = new CourtFees(CourtFees.moneyClaims(LocalDate.parse("2025-01-01")));

    assertThat(
            confirmed
                .issueFee(Money.parse("300.01"), Money.ZERO, LocalDate.parse("2025-01-01"))
                .fee())
        .isEqualTo(Money.parse("50.00"));
    assertThatThrownBy(
            () ->
                confirmed.issueFee(
                    Money.parse("300.01"), Money.ZERO, LocalDate.parse("2024-12-31")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no version in force on 2024-12-31");
  }

  @Test
  void anEarlierTableAppliesToClaimsIssuedBeforeTheLaterOneTookEffect() {
    CourtFeeTable older =
        new CourtFeeTable(
            ImmutableList.of(
                FeeBand.upTo("300.00", "25.00"),
                new FeeBand(Optional.empty(), new FeeRule.Fixed(Money.parse("100.00")))));
    CourtFees fees =
        new CourtFees(
            CourtFees.moneyClaims(LocalDate.parse("2025-01-01"))
                .withVersion(LocalDate.parse("2020-01-01"), older));

    assertThat(
            fees.issueFee(Money.parse("250.00"), Money.ZERO, LocalDate.parse("2024-12-31")).fee())
        .isEqualTo(Money.parse("25.00"));
    assertThat(
            fees.issueFee(Money.parse("250.00"), Money.ZERO, LocalDate.parse("2025-01-01")).fee())
        .isEqualTo(Money.parse("35.00"));
  }

  @Test
  void badInputNamesTheFieldAndValue() {
    assertThatThrownBy(() -> FEES.issueFee(Money.ZERO, Money.ZERO, ISSUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("debt claimed must be above zero: 0.00");
    assertThatThrownBy(() -> FEES.issueFee(Money.parse("10.00"), Money.parse("-0.01"), ISSUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interest claimed is negative: -0.01");
    assertThatThrownBy(
            () ->
                new CourtFeeTable(
                    ImmutableList.of(
                        FeeBand.upTo("500.00", "50.00"),
                        FeeBand.upTo("300.00", "35.00"),
                        new FeeBand(Optional.empty(), new FeeRule.Fixed(Money.parse("1.00"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("court fee band 2: upper limit does not rise above 500.00");
    assertThatThrownBy(() -> new CourtFeeTable(ImmutableList.of(FeeBand.upTo("500.00", "50.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("court fee band 1: only the last band is open-ended, and it must be");
  }
}
