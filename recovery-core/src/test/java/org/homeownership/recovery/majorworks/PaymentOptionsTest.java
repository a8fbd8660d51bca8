package org.homeownership.recovery.majorworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.servicecharge.CostPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payment options and statutory loans, with published council tables as test policy data. */
class PaymentOptionsTest {

  /** Birmingham (LAW-AND-PRACTICE.md §3.4): interest-free; legal charge above £2,000. */
  private static final PaymentPolicy BIRMINGHAM =
      PaymentPolicy.builder()
          .name("Birmingham major works")
          .addBands(
              band("0.00", "500.00", 12, 0),
              band("500.01", "3500.00", 36, 0),
              new InstalmentBand(Money.parse("3500.01"), Optional.empty(), 120, 0))
          .nonResidentMaximumMonths(0)
          .legalChargeAbove(Money.parse("2000.00"))
          .build();

  /**
   * Part of Haringey's table (§3.4): £25 a year admin fee, 5% discount, let-out owners 36 months.
   */
  private static final PaymentPolicy HARINGEY =
      PaymentPolicy.builder()
          .name("Haringey major works")
          .addBands(
              band("250.00", "600.00", 12, 0),
              band("5000.00", "9999.99", 48, 12),
              band("10000.00", "14999.99", 60, 24))
          .nonResidentMaximumMonths(36)
          .legalChargeAbove(Money.parse("10000.00"))
          .annualAdministrationFee(Money.parse("25.00"))
          .promptPaymentDiscount(new BigDecimal("0.05"))
          .build();

  /**
   * The 1992 figures as Kingston published them (§3.3); indexed figures are council configuration.
   */
  private static final LoanRules KINGSTON_1992 =
      LoanRules.withAmounts(
          figure("threshold", "1500.00"),
          figure("minimum loan", "500.00"),
          figure("maximum loan", "20000.00"));

  private static InstalmentBand band(String from, String to, int free, int bearing) {
    return new InstalmentBand(Money.parse(from), Optional.of(Money.parse(to)), free, bearing);
  }

  private static EffectiveDated<Money> figure(String name, String amount) {
    return EffectiveDated.from(
        LocalDate.of(1992, 8, 17),
        Money.parse(amount),
        name,
        "LAW-AND-PRACTICE.md §3.3 (Kingston)");
  }

  private static MajorWorksScheme scheme(MajorWorksScheme.WorksKind kind) {
    return MajorWorksScheme.builder()
        .reference("MW-1")
        .description("Window renewal")
        .pool(CostPool.block(BlockId.of("B")))
        .cost(Money.parse("100000.00"))
        .kind(kind)
        .consultation(Section20Consultation.none())
        .demandedOn(LocalDate.of(2025, 6, 1))
        .build();
  }

  private static final LoanEligibility NO_LOAN =
      LoanEligibility.assess(
          scheme(MajorWorksScheme.WorksKind.REPAIR),
          Money.parse("1.00"),
          Optional.empty(),
          KINGSTON_1992);

  @Test
  void birminghamOffersTenYearsInterestFreeAboveThreeAndAHalfThousandWithALegalCharge() {
    PaymentOptions.Offer offer =
        PaymentOptions.offer(Money.parse("4200.00"), true, BIRMINGHAM, NO_LOAN);

    PaymentOption instalments = offer.option(PaymentOption.Kind.INSTALMENTS).orElseThrow();
    assertThat(instalments.months()).isEqualTo(120);
    assertThat(instalments.interestFreeMonths()).isEqualTo(120);
    assertThat(instalments.firstInstalment()).isEqualTo(Money.parse("35.00"));
    assertThat(instalments.laterInstalments()).isEqualTo(Money.parse("35.00"));
    assertThat(instalments.legalChargeRequired()).isTrue();
    assertThat(offer.option(PaymentOption.Kind.IN_FULL_WITH_DISCOUNT)).isEmpty();
    assertThat(offer.notOffered())
        .anyMatch(r -> r.startsWith("statutory loan: not a Right to Buy lease"));
  }

  @Test
  void birminghamOffersNoInstalmentsToANonResident() {
    PaymentOptions.Offer offer =
        PaymentOptions.offer(Money.parse("4200.00"), false, BIRMINGHAM, NO_LOAN);

    assertThat(offer.option(PaymentOption.Kind.INSTALMENTS)).isEmpty();
    assertThat(offer.notOffered())
        .contains("instalments are not offered to leaseholders who do not live in the flat");
  }

  @Test
  void haringeyOffersTheDiscountAndEightyFourMonthsWithFeesAndLimitsLetOutOwners() {
    PaymentOptions.Offer resident =
        PaymentOptions.offer(Money.parse("12000.00"), true, HARINGEY, NO_LOAN);

    assertThat(resident.option(PaymentOption.Kind.IN_FULL_WITH_DISCOUNT).orElseThrow().payable())
        .isEqualTo(Money.parse("11400.00"));
    PaymentOption plan = resident.option(PaymentOption.Kind.INSTALMENTS).orElseThrow();
    assertThat(plan.months()).isEqualTo(84);
    assertThat(plan.interestFreeMonths()).isEqualTo(60);
    assertThat(plan.firstInstalment()).isEqualTo(Money.parse("142.86"));
    assertThat(plan.laterInstalments()).isEqualTo(Money.parse("142.85"));
    assertThat(plan.administrationFees()).isEqualTo(Money.parse("175.00"));
    assertThat(plan.legalChargeRequired()).isTrue();

    PaymentOption letOut =
        PaymentOptions.offer(Money.parse("12000.00"), false, HARINGEY, NO_LOAN)
            .option(PaymentOption.Kind.INSTALMENTS)
            .orElseThrow();
    assertThat(letOut.months()).isEqualTo(36);
    assertThat(letOut.terms())
        .contains("limited to 36 months because the leaseholder does not live in the flat");
    assertThat(PaymentOptions.offer(Money.parse("2000.00"), true, HARINGEY, NO_LOAN).notOffered())
        .contains("no band of the payment table covers £2,000.00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | charge | kind | grant | eligible | loan | years | reason
        "repairs in year 7, £2,700 above the threshold | 4200.00  | REPAIR      | 2018-06-01 | true  | 2700.00  | 5  | may borrow £2,700.00",
        "a small loan is repaid over 3 years           | 2900.00  | REPAIR      | 2018-06-01 | true  | 1400.00  | 3  | repaid over 3 years",
        "a large loan is capped and repaid over 10     | 30000.00 | REPAIR      | 2018-06-01 | true  | 20000.00 | 10 | at most £20,000.00",
        "not more than the minimum above the threshold | 2000.00  | REPAIR      | 2018-06-01 | false | 0.00     | 0  | is not more than £500.00 above the threshold of £1,500.00",
        "improvements are not covered                  | 4200.00  | IMPROVEMENT | 2018-06-01 | false | 0.00     | 0  | the right covers repairs only",
        "after the first ten years                     | 4200.00  | REPAIR      | 2015-06-01 | false | 0.00     | 0  | after the first years of the lease ended on 2025-06-01",
      })
  void theStatutoryLoan(
      String name,
      String charge,
      MajorWorksScheme.WorksKind kind,
      LocalDate grant,
      boolean eligible,
      String loan,
      int years,
      String reason) {
    LoanEligibility result =
        LoanEligibility.assess(
            scheme(kind), Money.parse(charge), Optional.of(grant), KINGSTON_1992);

    assertThat(result.eligible()).isEqualTo(eligible);
    assertThat(result.loan()).isEqualTo(Money.parse(loan));
    assertThat(result.term().map(p -> p.getYears()).orElse(0)).isEqualTo(years);
    assertThat(String.join("\n", result.reasons())).contains(reason);
  }

  @Test
  void anEligibleLoanIsOfferedWithItsMonthlyPrincipal() {
    LoanEligibility loan =
        LoanEligibility.assess(
            scheme(MajorWorksScheme.WorksKind.REPAIR),
            Money.parse("4200.00"),
            Optional.of(LocalDate.of(2018, 6, 1)),
            KINGSTON_1992);

    PaymentOption option =
        PaymentOptions.offer(Money.parse("4200.00"), true, BIRMINGHAM, loan)
            .option(PaymentOption.Kind.STATUTORY_LOAN)
            .orElseThrow();

    assertThat(option.payable()).isEqualTo(Money.parse("2700.00"));
    assertThat(option.months()).isEqualTo(60);
    assertThat(option.firstInstalment()).isEqualTo(Money.parse("45.00"));
  }
}
