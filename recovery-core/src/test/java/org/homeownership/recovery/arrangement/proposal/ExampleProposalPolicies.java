package org.homeownership.recovery.arrangement.proposal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.majorworks.InstalmentBand;
import org.homeownership.recovery.money.Money;

/**
 * Example council terms from LAW-AND-PRACTICE.md, as test policy data (also in
 * docs/arrangements.md). The affordability share (half the surplus) is an example figure: no source
 * fixes one.
 */
final class ExampleProposalPolicies {

  private ExampleProposalPolicies() {}

  static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * RBKC major works (§3.4, §12.2): residents 36 instalments, minimum £50 a month, 120 months from
   * £10,000; non-residents 24 instalments, minimum £100 a month.
   */
  static EffectiveDated<ProposalPolicy> rbkc() {
    DebtTypeTerms residents =
        DebtTypeTerms.builder()
            .minimumMonthlyInstalment(Money.parse("50.00"))
            .maximumTerm(
                new MaximumTerm.ByAmountBand(
                    ImmutableList.of(
                        band("0.01", "9999.99", 36),
                        new InstalmentBand(Money.parse("10000.00"), Optional.empty(), 120, 0))))
            .affordabilityShare(HALF)
            .surplusBasis(SurplusBasis.AVAILABLE_FOR_OTHER_DEBTS)
            .build();
    DebtTypeTerms nonResidents =
        DebtTypeTerms.builder()
            .from(residents)
            .minimumMonthlyInstalment(Money.parse("100.00"))
            .maximumTerm(new MaximumTerm.Months(24))
            .build();
    return EffectiveDated.from(
        FROM,
        ProposalPolicy.builder()
            .residentTerms(Map.of(DebtStream.MAJOR_WORKS, residents))
            .nonResidentTerms(Map.of(DebtStream.MAJOR_WORKS, nonResidents))
            .build(),
        "RBKC major works repayment options",
        "LAW-AND-PRACTICE.md §3.4 and §12.2");
  }

  /** Harrow annual service charges (§2.1, §12.2): a payment plan over up to 10 months. */
  static EffectiveDated<ProposalPolicy> harrow() {
    return EffectiveDated.from(
        FROM,
        ProposalPolicy.builder()
            .residentTerms(
                Map.of(
                    DebtStream.SERVICE_CHARGES,
                    DebtTypeTerms.builder()
                        .minimumMonthlyInstalment(Money.ZERO)
                        .maximumTerm(new MaximumTerm.Months(10))
                        .affordabilityShare(HALF)
                        .surplusBasis(SurplusBasis.AVAILABLE_FOR_PRIORITY_DEBTS)
                        .build()))
            .build(),
        "Harrow service charge payment plan",
        "LAW-AND-PRACTICE.md §2.1 and §12.2");
  }

  /**
   * Birmingham major works (§3.4): up to £500 over 12 months; £501 to £3,500 over 3 years; over
   * £3,500 over 10 years. The bands are made contiguous at the penny.
   */
  static EffectiveDated<ProposalPolicy> birmingham() {
    return EffectiveDated.from(
        FROM,
        ProposalPolicy.builder()
            .residentTerms(
                Map.of(
                    DebtStream.MAJOR_WORKS,
                    DebtTypeTerms.builder()
                        .minimumMonthlyInstalment(Money.ZERO)
                        .maximumTerm(
                            new MaximumTerm.ByAmountBand(
                                ImmutableList.of(
                                    band("0.01", "500.00", 12),
                                    band("500.01", "3500.00", 36),
                                    new InstalmentBand(
                                        Money.parse("3500.01"), Optional.empty(), 120, 0))))
                        .affordabilityShare(HALF)
                        .surplusBasis(SurplusBasis.AVAILABLE_FOR_OTHER_DEBTS)
                        .build()))
            .build(),
        "Birmingham major works instalments",
        "LAW-AND-PRACTICE.md §3.4");
  }

  /**
   * Haringey major works (§3.4), first two bands: £250–£600 over 12 months; £601–£1,799 over 24.
   */
  static EffectiveDated<ProposalPolicy> haringey() {
    return EffectiveDated.from(
        FROM,
        ProposalPolicy.builder()
            .residentTerms(
                Map.of(
                    DebtStream.MAJOR_WORKS,
                    DebtTypeTerms.builder()
                        .minimumMonthlyInstalment(Money.ZERO)
                        .maximumTerm(
                            new MaximumTerm.ByAmountBand(
                                ImmutableList.of(
                                    band("250.00", "600.00", 12), band("600.01", "1799.99", 24))))
                        .affordabilityShare(HALF)
                        .surplusBasis(SurplusBasis.AVAILABLE_FOR_OTHER_DEBTS)
                        .build()))
            .build(),
        "Haringey major works instalments",
        "LAW-AND-PRACTICE.md §3.4");
  }

  /** Service charge arrears cleared within the current service charge year (ending 31 March). */
  static EffectiveDated<ProposalPolicy> clearWithinTheYear() {
    return EffectiveDated.from(
        FROM,
        ProposalPolicy.builder()
            .residentTerms(
                Map.of(
                    DebtStream.SERVICE_CHARGES,
                    DebtTypeTerms.builder()
                        .minimumMonthlyInstalment(Money.ZERO)
                        .maximumTerm(new MaximumTerm.ClearByYearEnd(MonthDay.of(3, 31)))
                        .affordabilityShare(HALF)
                        .surplusBasis(SurplusBasis.AVAILABLE_FOR_PRIORITY_DEBTS)
                        .build()))
            .build(),
        "service charge arrears within the year (example)",
        "example policy, docs/arrangements.md");
  }

  private static InstalmentBand band(String from, String upTo, int months) {
    return new InstalmentBand(Money.parse(from), Optional.of(Money.parse(upTo)), months, 0);
  }
}
