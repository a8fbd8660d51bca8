package org.homeownership.recovery.affordability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.affordability.SfsCategory.*;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/** Every verification flag, and evidence that answers them. */
class StatementVerifierTest {

  private final StatementVerifier verifier = new StatementVerifier(ExampleGuidelines.policy());

  private static ImmutableIncomeAndExpenditure.Builder statement() {
    return ImmutableIncomeAndExpenditure.builder().from(IncomeAndExpenditureTest.example());
  }

  @Test
  void aStatementWithinTheGuidelinesHasNoFlags() {
    Verification verification = verifier.verify(IncomeAndExpenditureTest.example());

    assertThat(verification.flags()).isEmpty();
    assertThat(verification.isVerified()).isTrue();
    assertThat(verification.surplus().availableForOtherDebts()).isEqualTo(Money.parse("493.31"));
  }

  @Test
  void flagsAFlexibleCategoryAboveItsGuidelineForTheHouseholdSize() {
    IncomeAndExpenditure high =
        statement()
            .addLines(
                DeclaredAmount.of(FOOD_AND_HOUSEKEEPING, Money.parse("5.00"), AmountPeriod.WEEKLY))
            .build();

    Verification verification = verifier.verify(high);

    // £440.00 + £5.00 weekly (£21.67) = £461.67 against £450.00 for 2 people
    assertThat(verification.flags())
        .containsExactly(
            new AboveSpendingGuideline(
                FOOD_AND_HOUSEKEEPING, Money.parse("461.67"), Money.parse("450.00"), 2));
    assertThat(verification.flags().get(0).whatToCheck())
        .isEqualTo(
            "Food and housekeeping of £461.67 a month is above the SFS guideline of £450.00 for a"
                + " household of 2: ask what the spending is for and see evidence, or agree a"
                + " lower figure");
  }

  @Test
  void theSameSpendingIsWithinTheNextYearsGuideline() {
    IncomeAndExpenditure nextYear =
        statement()
            .completedOn(LocalDate.of(2026, 5, 1))
            .addLines(DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("60.00")))
            .build();

    // £500.00 is above 2025's £450.00 but within 2026's £520.00
    assertThat(verifier.verify(nextYear).flags()).isEmpty();
  }

  @Test
  void flagsAHouseholdSizeWithNoGuideline() {
    IncomeAndExpenditure five = statement().householdSize(5).build();

    assertThat(verifier.verify(five).flags())
        .containsExactly(
            new NoSpendingGuideline(COMMUNICATIONS_AND_LEISURE, 5),
            new NoSpendingGuideline(FOOD_AND_HOUSEKEEPING, 5),
            new NoSpendingGuideline(PERSONAL_COSTS, 5));
  }

  @Test
  void flagsMissingAndZeroEssentials() {
    IncomeAndExpenditure statement =
        IncomeAndExpenditure.builder()
            .completedOn(LocalDate.of(2025, 5, 1))
            .householdSize(1)
            .addLines(
                DeclaredAmount.monthly(EARNINGS, Money.parse("1200.00")),
                DeclaredAmount.monthly(HOME_AND_CONTENTS, Money.ZERO),
                DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("200.00")))
            .build();

    Verification verification = verifier.verify(statement);

    assertThat(verification.flags())
        .containsExactly(new ZeroEssential(HOME_AND_CONTENTS), new MissingEssential(UTILITIES));
    assertThat(verification.flags().get(0).whatToCheck())
        .startsWith("Home and contents is declared as zero");
    assertThat(verification.flags().get(1).whatToCheck()).startsWith("Utilities is missing");
  }

  @Test
  void flagsNoIncome() {
    IncomeAndExpenditure statement =
        IncomeAndExpenditure.builder()
            .completedOn(LocalDate.of(2025, 5, 1))
            .householdSize(1)
            .addLines(
                DeclaredAmount.monthly(EARNINGS, Money.ZERO),
                DeclaredAmount.monthly(HOME_AND_CONTENTS, Money.parse("500.00")),
                DeclaredAmount.monthly(UTILITIES, Money.parse("90.00")),
                DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("200.00")))
            .build();

    Verification verification = verifier.verify(statement);

    assertThat(verification.flags()).containsExactly(new NoIncome());
    assertThat(verification.surplus().availableForPriorityDebts())
        .isEqualTo(Money.parse("-790.00"));
  }

  @Test
  void flagsStatedTotalsThatDoNotAddUp() {
    IncomeAndExpenditure statement =
        statement()
            .putStatedTotals(SfsSection.INCOME, Money.parse("1933.33"))
            .putStatedTotals(SfsSection.FIXED_COSTS, Money.parse("780.00"))
            .build();

    Verification verification = verifier.verify(statement);

    TotalDoesNotAddUp flag =
        new TotalDoesNotAddUp(SfsSection.FIXED_COSTS, Money.parse("780.00"), Money.parse("790.02"));
    assertThat(verification.flags()).containsExactly(flag);
    assertThat(flag.difference()).isEqualTo(Money.parse("-10.02"));
    assertThat(flag.whatToCheck())
        .isEqualTo(
            "Fixed costs stated as £780.00 a month but the lines add up to £790.02: ask which is"
                + " right and whether a line is missing or counted twice");
  }

  @Test
  void evidenceForACategoryAnswersThatCategorysFlagsOnly() {
    IncomeAndExpenditure statement =
        statement()
            .addLines(DeclaredAmount.monthly(FOOD_AND_HOUSEKEEPING, Money.parse("60.00")))
            .addLines(DeclaredAmount.monthly(PERSONAL_COSTS, Money.parse("40.00")))
            .build();
    EvidenceSeen receipts =
        EvidenceSeen.builder()
            .seenBy(OfficerId.of("HO-0042"))
            .seenOn(LocalDate.of(2025, 5, 3))
            .category(FOOD_AND_HOUSEKEEPING)
            .description("supermarket receipts for April, special diet")
            .build();

    Verification verification = verifier.verify(statement.withEvidence(receipts));

    assertThat(verification.flags()).hasSize(2);
    assertThat(verification.unanswered())
        .containsExactly(
            new AboveSpendingGuideline(
                PERSONAL_COSTS, Money.parse("100.00"), Money.parse("80.00"), 2));
    assertThat(verification.isVerified()).isFalse();
    assertThat(verification.evidence().get(0).seenBy()).isEqualTo(OfficerId.of("HO-0042"));
    assertThat(receipts.toString()).doesNotContain("supermarket").contains("HO-0042");
  }

  @Test
  void evidenceForTheWholeStatementAnswersEveryFlag() {
    IncomeAndExpenditure statement =
        statement()
            .putStatedTotals(SfsSection.FIXED_COSTS, Money.parse("780.00"))
            .addLines(DeclaredAmount.monthly(PERSONAL_COSTS, Money.parse("40.00")))
            .addEvidence(
                EvidenceSeen.builder()
                    .seenBy(OfficerId.of("HO-0007"))
                    .seenOn(LocalDate.of(2025, 5, 2))
                    .description("three months' bank statements")
                    .build())
            .build();

    Verification verification = verifier.verify(statement);

    assertThat(verification.flags()).hasSize(2);
    assertThat(verification.unanswered()).isEmpty();
    assertThat(verification.isVerified()).isTrue();
    assertThat(verification.evidence().get(0).category()).isEqualTo(Optional.empty());
  }
}
