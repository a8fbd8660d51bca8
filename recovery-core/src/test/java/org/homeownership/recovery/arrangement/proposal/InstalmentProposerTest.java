package org.homeownership.recovery.arrangement.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.affordability.MonthlySurplus;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.InstalmentSchedule;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/** Proposals with real council figures (LAW-AND-PRACTICE.md §3.4, §12.2). */
class InstalmentProposerTest {

  private static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 1);

  private static ImmutableProposalRequest.Builder majorWorks(String arrears) {
    return ProposalRequest.builder().stream(DebtStream.MAJOR_WORKS)
        .arrears(Money.parse(arrears))
        .frequency(InstalmentFrequency.MONTHLY)
        .firstInstalmentOn(MAY_2025);
  }

  private static Proposal proposal(ProposalOutcome outcome) {
    assertThat(outcome).isInstanceOf(Proposal.class);
    return (Proposal) outcome;
  }

  private static MonthlySurplus surplusForOtherDebts(String amount) {
    return MonthlySurplus.of(
        Money.parse("1200.00").plus(Money.parse(amount)),
        Money.parse("900.00"),
        Money.parse("300.00"),
        Money.ZERO,
        Money.ZERO);
  }

  @Test
  void rbkcResidentsFiftyPoundsAMonthOverThirtyInstalments() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(majorWorks("1500.00").build()));

    assertThat(p.instalment()).isEqualTo(Money.parse("50.00"));
    assertThat(p.instalments()).isEqualTo(30);
    assertThat(p.finalArrearsComponent()).isEqualTo(Money.parse("50.00"));
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(p.totalPayable()).isEqualTo(Money.parse("1500.00"));
    assertThat(p.whyNotShorter()).isEqualTo(new TermReason.NoAffordabilityEvidence());
    assertThat(p.whyNotLonger())
        .isEqualTo(new TermReason.LongerIsBelowMinimumInstalment(Money.parse("50.00")));
    assertThat(p.whyNotLonger().explain())
        .isEqualTo("a longer term would need an arrears instalment below the minimum £50.00");
    assertThat(p.basis())
        .containsExactly(
            "terms: RBKC major works repayment options (LAW-AND-PRACTICE.md §3.4 and §12.2), by the"
                + " band table of 2 bands",
            "at most 36 monthly instalments, the last by 2028-04-30",
            "smallest arrears instalment: £50.00 (clears £1,500.00 within the term: £41.67; minimum"
                + " instalment: £50.00)");
  }

  @Test
  void rbkcResidentsThirtySixInstalmentsWithTheRemainderLast() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(majorWorks("3000.00").build()));

    // £3,000.00 / 36 = £83.333… rounded up to £83.34; 35 x £83.34 = £2,916.90; last £83.10
    assertThat(p.arrearsComponent()).isEqualTo(Money.parse("83.34"));
    assertThat(p.instalments()).isEqualTo(36);
    assertThat(p.finalArrearsComponent()).isEqualTo(Money.parse("83.10"));
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(p.whyNotLonger())
        .isEqualTo(
            new TermReason.LongerExceedsMaximumTerm(
                LocalDate.of(2028, 4, 30), "by the band table of 2 bands"));
  }

  @Test
  void rbkcNonResidentsTwentyFourInstalmentsOfAtLeastOneHundredPounds() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(majorWorks("3000.00").residency(Residency.NON_RESIDENT).build()));

    assertThat(p.instalment()).isEqualTo(Money.parse("125.00"));
    assertThat(p.instalments()).isEqualTo(24);
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void rbkcResidentsOneHundredAndTwentyMonthsFromTenThousandPounds() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(majorWorks("12000.00").build()));

    assertThat(p.instalment()).isEqualTo(Money.parse("100.00"));
    assertThat(p.instalments()).isEqualTo(120);
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2035, 4, 1));
  }

  @Test
  void weeklyInstalmentsConvertTheMonthlyMinimumRoundingUp() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(
                    majorWorks("1500.00")
                        .frequency(InstalmentFrequency.WEEKLY)
                        .firstInstalmentOn(LocalDate.of(2025, 5, 5))
                        .build()));

    // £50.00 a month x 12 / 52 = £11.538… rounded up to £11.54; 129 x £11.54 = £1,488.66
    assertThat(p.instalment()).isEqualTo(Money.parse("11.54"));
    assertThat(p.instalments()).isEqualTo(130);
    assertThat(p.finalArrearsComponent()).isEqualTo(Money.parse("11.34"));
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2025, 5, 5).plusWeeks(129));
  }

  @Test
  void harrowTenMonthsForAnnualServiceCharges() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.harrow())
                .propose(
                    ProposalRequest.builder().stream(DebtStream.SERVICE_CHARGES)
                        .arrears(Money.parse("1234.56"))
                        .frequency(InstalmentFrequency.MONTHLY)
                        .firstInstalmentOn(LocalDate.of(2025, 8, 1))
                        .build()));

    // £1,234.56 / 10 = £123.456 rounded up to £123.46; 9 x £123.46 = £1,111.14; last £123.42
    assertThat(p.instalment()).isEqualTo(Money.parse("123.46"));
    assertThat(p.instalments()).isEqualTo(10);
    assertThat(p.finalArrearsComponent()).isEqualTo(Money.parse("123.42"));
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(p.whyNotLonger().explain())
        .isEqualTo("a longer term would go past 2026-05-31 (at most 10 months)");
  }

  @Test
  void birminghamThreeYearsForTwoThousandPoundsWeekly() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.birmingham())
                .propose(
                    majorWorks("2000.00")
                        .frequency(InstalmentFrequency.WEEKLY)
                        .firstInstalmentOn(LocalDate.of(2025, 6, 2))
                        .build()));

    // 157 Mondays from 2 June 2025 to 1 June 2028; £2,000.00 / 157 rounded up = £12.74
    assertThat(p.instalment()).isEqualTo(Money.parse("12.74"));
    assertThat(p.instalments()).isEqualTo(157);
    assertThat(p.finalArrearsComponent()).isEqualTo(Money.parse("12.56"));
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2028, 5, 29));
  }

  @Test
  void serviceChargeArrearsClearedWithinTheYear() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.clearWithinTheYear())
                .propose(
                    ProposalRequest.builder().stream(DebtStream.SERVICE_CHARGES)
                        .arrears(Money.parse("600.00"))
                        .frequency(InstalmentFrequency.MONTHLY)
                        .firstInstalmentOn(LocalDate.of(2025, 10, 1))
                        .build()));

    assertThat(p.instalment()).isEqualTo(Money.parse("100.00"));
    assertThat(p.instalments()).isEqualTo(6);
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(p.whyNotLonger())
        .isEqualTo(
            new TermReason.LongerExceedsMaximumTerm(
                LocalDate.of(2026, 3, 31), "cleared by the year end on --03-31"));
  }

  @Test
  void withAnIncomeAndExpenditureTheShortestAffordableTermPlusOngoingCharges() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(
                    majorWorks("1500.00")
                        .ongoingChargePerInstalment(Money.parse("150.00"))
                        .surplus(surplusForOtherDebts("200.00"))
                        .build()));

    // half of £200.00 = £100.00 a month towards the arrears, plus £150.00 ongoing charges
    assertThat(p.arrearsComponent()).isEqualTo(Money.parse("100.00"));
    assertThat(p.instalment()).isEqualTo(Money.parse("250.00"));
    assertThat(p.instalments()).isEqualTo(15);
    assertThat(p.lastInstalmentOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(p.arrears()).isEqualTo(Money.parse("1500.00"));
    assertThat(p.totalPayable()).isEqualTo(Money.parse("3750.00"));
    assertThat(p.whyNotShorter())
        .isEqualTo(new TermReason.ShorterIsUnaffordable(Money.parse("100.00")));
    assertThat(p.whyNotLonger()).isEqualTo(new TermReason.LongerNotNeeded(Money.parse("100.00")));
    assertThat(p.basis().get(3))
        .isEqualTo(
            "affordable arrears instalment: £100.00 (0.5 of the £200.00 a month available for other debts)");
  }

  @Test
  void noProposalWhenTheAffordableAmountIsBelowTheMinimum() {
    ProposalOutcome outcome =
        new InstalmentProposer(ExampleProposalPolicies.rbkc())
            .propose(majorWorks("1500.00").surplus(surplusForOtherDebts("60.00")).build());

    assertThat(outcome).isInstanceOf(NoProposal.class);
    assertThat(((NoProposal) outcome).reasons())
        .last()
        .isEqualTo(
            "the affordable £30.00 is below the smallest instalment within policy, £50.00: refer for discretion or advice");
  }

  @Test
  void noProposalForADebtOutsideEveryBand() {
    ProposalOutcome outcome =
        new InstalmentProposer(ExampleProposalPolicies.haringey())
            .propose(majorWorks("100.00").build());

    assertThat(((NoProposal) outcome).reasons())
        .containsExactly("£100.00 is outside every band of by the band table of 2 bands");
  }

  @Test
  void noProposalForADebtTypeWithoutTerms() {
    ProposalOutcome outcome =
        new InstalmentProposer(ExampleProposalPolicies.harrow())
            .propose(majorWorks("100.00").build());

    assertThat(((NoProposal) outcome).reasons())
        .containsExactly(
            "Harrow service charge payment plan offers no instalments for Major works (RESIDENT)");
  }

  @Test
  void aDebtBelowTheMinimumIsOneInstalment() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(majorWorks("30.00").build()));

    assertThat(p.instalments()).isEqualTo(1);
    assertThat(p.instalment()).isEqualTo(Money.parse("30.00"));
    assertThat(p.whyNotShorter()).isEqualTo(new TermReason.AlreadyOneInstalment());
  }

  @Test
  void theArrangementAProposalOffersHasTheSameSchedule() {
    Proposal p =
        proposal(
            new InstalmentProposer(ExampleProposalPolicies.rbkc())
                .propose(
                    majorWorks("3000.00")
                        .ongoingChargePerInstalment(Money.parse("20.00"))
                        .build()));

    Arrangement arrangement =
        p.toArrangement()
            .id(ArrangementId.of("ARR-7"))
            .addAccounts(AccountId.of("MW-7"))
            .kind(ArrangementKind.INFORMAL)
            .madeBy(OfficerId.of("HO-1"))
            .madeOn(LocalDate.of(2025, 4, 20))
            .build();

    InstalmentSchedule schedule = arrangement.schedule();
    assertThat(schedule.instalments()).hasSize(p.instalments());
    assertThat(schedule.lastDueDate()).isEqualTo(p.lastInstalmentOn());
    assertThat(schedule.instalments().get(35).arrearsComponent())
        .isEqualTo(p.finalArrearsComponent());
    assertThat(schedule.totalPayable())
        .isEqualTo(p.totalPayable())
        .isEqualTo(Money.parse("3720.00"));
    assertThat(schedule.arrangementTotal()).isEqualTo(Money.parse("3000.00"));
  }
}
