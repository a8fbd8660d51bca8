package org.homeownership.recovery.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.interest.SimpleInterest;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Court and tribunal records: when a claim or an application is live (the day before, on and after
 * issue, judgment or closure), what a judgment covers, and bad records refused with the field
 * named.
 */
class CourtCasesTest {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static CountyCourtClaim claim(String number, String issued) {
    return CountyCourtClaim.builder()
        .claimNumber(ClaimNumber.of(number))
        .issuedOn(d(issued))
        .addCharges(EntryId.of(1), EntryId.of(2))
        .debt(Money.parse("900.00"))
        .fee(Money.parse("70.00"))
        .build();
  }

  static Judgment judgment(String on) {
    return Judgment.of(
        d(on),
        JudgmentKind.DEFAULT,
        Money.parse("900.00"),
        Money.ZERO,
        Money.parse("70.00"),
        new PaymentTerms.InFull(d(on).plusDays(14)));
  }

  @Test
  void aClaimIsLiveFromIssueUntilJudgment() {
    CountyCourtClaim claim =
        ImmutableCountyCourtClaim.copyOf(claim("K00AB123", "2025-05-01"))
            .withJudgment(judgment("2025-06-10"));

    assertThat(claim.isLiveOn(d("2025-04-30"))).isFalse();
    assertThat(claim.isLiveOn(d("2025-05-01"))).isTrue();
    assertThat(claim.isLiveOn(d("2025-06-09"))).isTrue();
    assertThat(claim.isLiveOn(d("2025-06-10"))).isFalse();
    assertThat(claim.judgmentBy(d("2025-06-09"))).isEmpty();
    assertThat(claim.judgmentBy(d("2025-06-10"))).isPresent();
  }

  @Test
  void aClaimEndsWithoutJudgmentOnItsClosure() {
    CountyCourtClaim claim =
        ImmutableCountyCourtClaim.copyOf(claim("K00AB123", "2025-05-01"))
            .withClosure(new ClaimClosure(d("2025-05-20"), ClaimClosure.Kind.DISCONTINUED));

    assertThat(claim.isLiveOn(d("2025-05-19"))).isTrue();
    assertThat(claim.isLiveOn(d("2025-05-20"))).isFalse();
    assertThat(claim.isLiveOn(d("2025-05-21"))).isFalse();
  }

  @Test
  void theClaimAmountIncludesTheInterestClaimed() {
    CountyCourtClaim claim =
        ImmutableCountyCourtClaim.copyOf(claim("K00AB123", "2025-04-01"))
            .withInterest(
                SimpleInterest.section69()
                    .on(Money.parse("900.00"), d("2024-04-01"), d("2025-04-01")));

    assertThat(claim.interestClaimed()).isEqualTo(Money.parse("72.00"));
    assertThat(claim.amountClaimed()).isEqualTo(Money.parse("972.00"));
  }

  @Test
  void judgmentsCoverTheChargesOfTheirClaims() {
    CourtCases cases =
        CourtCases.none()
            .withClaim(
                ImmutableCountyCourtClaim.copyOf(claim("K1", "2025-05-01"))
                    .withJudgment(judgment("2025-06-10")))
            .withClaim(
                ImmutableCountyCourtClaim.copyOf(claim("K2", "2025-07-01"))
                    .withCharges(ImmutableSet.of(EntryId.of(3))));

    assertThat(cases.chargesCoveredByJudgment(d("2025-06-09"))).isEmpty();
    assertThat(cases.chargesCoveredByJudgment(d("2025-06-10")))
        .containsExactly(EntryId.of(1), EntryId.of(2));
    assertThat(cases.liveClaimsOn(d("2025-07-01")))
        .extracting(CountyCourtClaim::claimNumber)
        .containsExactly(ClaimNumber.of("K2"));
  }

  @Test
  void aTribunalApplicationIsLiveUntilDeterminedOrWithdrawn() {
    TribunalApplication application =
        TribunalApplication.builder()
            .caseReference("LON/00AA/LSC/2025/0001")
            .madeOn(d("2025-03-01"))
            .applicant(TribunalApplicant.LANDLORD)
            .addCharges(EntryId.of(1))
            .amountInIssue(Money.parse("900.00"))
            .determination(
                new TribunalDetermination(
                    d("2025-09-01"),
                    Money.parse("850.00"),
                    ImmutableSet.of(EntryId.of(1)),
                    Optional.of(d("2025-09-29"))))
            .build();

    assertThat(application.isLiveOn(d("2025-02-28"))).isFalse();
    assertThat(application.isLiveOn(d("2025-03-01"))).isTrue();
    assertThat(application.isLiveOn(d("2025-08-31"))).isTrue();
    assertThat(application.isLiveOn(d("2025-09-01"))).isFalse();
    assertThat(application.determination().orElseThrow().isFinalBy(d("2025-09-28"))).isFalse();
    assertThat(application.determination().orElseThrow().isFinalBy(d("2025-09-29"))).isTrue();
  }

  @Test
  void badRecordsAreRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                ImmutableCountyCourtClaim.copyOf(claim("K1", "2025-05-01"))
                    .withJudgment(judgment("2025-04-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim K1: judgment 2025-04-30 before issue 2025-05-01");
    assertThatThrownBy(
            () ->
                ImmutableCountyCourtClaim.copyOf(claim("K1", "2025-04-01"))
                    .withInterest(
                        SimpleInterest.section69()
                            .on(Money.parse("900.00"), d("2024-04-01"), d("2025-04-02"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "claim K1: interest calculated to 2025-04-02, after the issue date 2025-04-01 (CPR"
                + " 16.4(2))");
    assertThatThrownBy(
            () ->
                CourtCases.none()
                    .withClaim(claim("K1", "2025-05-01"))
                    .withClaim(claim("K1", "2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim K1 is recorded twice");
    assertThatThrownBy(
            () ->
                CourtCases.none()
                    .withEnforcement(
                        new EnforcementApplication(
                            ClaimNumber.of("K9"),
                            EnforcementMethod.WARRANT_OF_CONTROL,
                            d("2025-01-01"),
                            Money.ZERO,
                            Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enforcement application on claim K9, which is not recorded");
    assertThatThrownBy(() -> ClaimNumber.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim number is blank");
  }
}
