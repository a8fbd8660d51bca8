package org.homeownership.recovery.ageing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.RandomLedger;
import org.junit.jupiter.api.Test;

/**
 * {@link AgedDebt#summing} keeps a running total in pence instead of adding account by account; it
 * must give exactly what adding with {@link AgedDebt#plus} gives.
 */
class AgedDebtSummingTest {

  private static final ArrearsAgeing AGEING = new ArrearsAgeing(AgeingBands.standard());
  private static final PaymentAllocator ALLOCATOR =
      new PaymentAllocator(AllocationStrategy.oldestDueFirst());

  @Test
  void summingEqualsAddingOneByOne() {
    qt().forAll(
            lists().of(RandomLedger.ledgers(40)).ofSizeBetween(0, 12), integers().between(0, 800))
        .checkAssert(
            (ledgers, day) -> {
              LocalDate asOf = RandomLedger.START.plusDays(day);
              List<AgedDebt> aged =
                  ledgers.stream()
                      .map(r -> AGEING.age(ALLOCATOR.allocate(r.inGeneratedOrder(), asOf)))
                      .toList();
              AgedDebt added = AgedDebt.none(asOf, AgeingBands.standard());
              for (AgedDebt one : aged) {
                added = added.plus(one);
              }
              AgedDebt summed =
                  aged.stream().collect(AgedDebt.summing(asOf, AgeingBands.standard()));
              AgedDebt inParallel =
                  aged.parallelStream().collect(AgedDebt.summing(asOf, AgeingBands.standard()));
              for (AgedDebt result : List.of(summed, inParallel)) {
                assertThat(result.byChargeType()).isEqualTo(added.byChargeType());
                assertThat(result.unallocatedCredit()).isEqualTo(added.unallocatedCredit());
                assertThat(result.disputed()).isEqualTo(added.disputed());
                assertThat(result.accounts()).isEqualTo(added.accounts());
                assertThat(result.accountsInArrears()).isEqualTo(added.accountsInArrears());
                assertThat(result.balance()).isEqualTo(added.balance());
              }
            });
  }

  @Test
  void summingRefusesDebtAgedOnAnotherDay() {
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    AgedDebt other = AgedDebt.none(asOf.minusDays(1), AgeingBands.standard());
    assertThatThrownBy(
            () -> Stream.of(other).collect(AgedDebt.summing(asOf, AgeingBands.standard())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-03-30")
        .hasMessageContaining("2026-03-31");
  }
}
