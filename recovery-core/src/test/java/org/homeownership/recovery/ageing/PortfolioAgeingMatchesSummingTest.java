package org.homeownership.recovery.ageing;

import static org.homeownership.recovery.ageing.ArrearsAgeingMatchesReferenceTest.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.RandomLedger;
import org.junit.jupiter.api.Test;

/**
 * {@link PortfolioAgeing} gives exactly the portfolio aged debt of ageing each account's full
 * allocation and summing with {@link AgedDebt#summing}: every band of every charge type, the
 * credit, the disputed sum, the account counts and the text.
 */
class PortfolioAgeingMatchesSummingTest {

  private static final List<AllocationStrategy> STRATEGIES =
      List.of(
          AllocationStrategy.oldestDueFirst(),
          AllocationStrategy.chargeTypePriority(List.of(ChargeType.GROUND_RENT)),
          AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()));

  @Test
  void sumsExactlyAsAgeingEachAllocationAndSumming() {
    qt().forAll(
            lists().of(RandomLedger.ledgers(60)).ofSizeBetween(0, 12),
            integers().between(0, STRATEGIES.size() - 1),
            integers().between(-10, 900).map(d -> RandomLedger.START.plusDays(d)))
        .checkAssert(
            (randoms, strategy, asOf) -> {
              AgeingBands bands = AgeingBands.standard();
              PaymentAllocator allocator = new PaymentAllocator(STRATEGIES.get(strategy));
              ArrearsAgeing ageing = new ArrearsAgeing(bands);
              List<Ledger> ledgers = randoms.stream().map(RandomLedger::inGeneratedOrder).toList();
              PortfolioAgeing portfolio = new PortfolioAgeing(bands, asOf);
              ledgers.forEach(ledger -> portfolio.add(ledger, allocator));
              assertSame(
                  portfolio.total(),
                  ledgers.stream()
                      .map(ledger -> ageing.age(allocator.allocate(ledger, asOf)))
                      .collect(AgedDebt.summing(asOf, bands)));
            });
  }

  @Test
  void anEmptyPortfolioIsNone() {
    LocalDate asOf = RandomLedger.START;
    assertSame(
        new PortfolioAgeing(AgeingBands.standard(), asOf).total(),
        AgedDebt.none(asOf, AgeingBands.standard()));
  }
}
