package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.GroundRentTerms;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.lease.InterestClause;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.RightToBuyEstimate;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

class LeaseTermsTest {

  @Test
  void aRightToBuyLeaseHoldsItsTermsWithTheDefaultsCouncilsUse() {
    Lease lease =
        Lease.builder()
            .from(Pools.lease("MAR-012", ApportionmentBasis.RATEABLE_VALUE))
            .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
            .groundRent(
                new GroundRentTerms(Money.parse("10.00"), ImmutableList.of(MonthDay.of(6, 24))))
            .interestClause(new InterestClause(new BigDecimal("5"), 14))
            .rightToBuyGrantDate(LocalDate.of(2022, 1, 1))
            .section125NoticeDate(LocalDate.of(2021, 6, 1))
            .addRightToBuyEstimates(new RightToBuyEstimate("Roof renewal", Money.parse("3000.00")))
            .build();

    assertThat(lease.serviceChargeYearStart()).isEqualTo(MonthDay.of(4, 1));
    assertThat(lease.instalmentPlan()).isEqualTo(InstalmentPlan.QUARTERLY);
    assertThat(lease.blockBasis()).isEqualTo(ApportionmentBasis.RATEABLE_VALUE);
    assertThat(lease.estateBasis()).isEqualTo(ApportionmentBasis.BEDROOM_WEIGHTING);
    assertThat(lease.groundRent().orElseThrow().yearlyAmount()).isEqualTo(Money.parse("10.00"));
    assertThat(lease.rightToBuyEstimates())
        .singleElement()
        .extracting(RightToBuyEstimate::contribution)
        .isEqualTo(Money.parse("3000.00"));
  }

  @Test
  void termsThatCannotBeTrueAreRefused() {
    assertThatThrownBy(
            () ->
                Lease.builder()
                    .from(Pools.lease("MAR-012", ApportionmentBasis.EQUAL_SHARES))
                    .addRightToBuyEstimates(new RightToBuyEstimate("Roof", Money.parse("1.00")))
                    .build())
        .hasMessage("lease of MAR-012 records s.125 estimates but no Right to Buy grant date");
    assertThatThrownBy(() -> new GroundRentTerms(Money.parse("10.00"), ImmutableList.of()))
        .hasMessage("ground rent terms need at least one due date");
    assertThatThrownBy(() -> new InterestClause(new BigDecimal("-1"), 0))
        .hasMessageContaining("negative rate");
  }
}
