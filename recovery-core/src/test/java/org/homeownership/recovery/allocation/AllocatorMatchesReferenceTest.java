package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.RandomLedger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast paths of {@link PaymentAllocator} (day numbers compared before the full comparators, the
 * open charges kept in order instead of sorted for every credit, no set of reversed ids for a
 * ledger without reversals) give exactly the allocation of the plain {@link ReferenceAllocator}:
 * the same charges and credits, the same figures, and the same settlements in the same order.
 */
class AllocatorMatchesReferenceTest {

  private static final List<AllocationStrategy> STRATEGIES =
      List.of(
          AllocationStrategy.oldestDueFirst(),
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE, ChargeType.MAJOR_WORKS)),
          AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()),
          AllocationStrategy.explicitThen(
              AllocationStrategy.chargeTypePriority(List.of(ChargeType.ADMINISTRATION_CHARGE))));

  private static Gen<AllocationStrategy> strategies() {
    return integers().between(0, STRATEGIES.size() - 1).map(STRATEGIES::get);
  }

  private static Gen<LocalDate> asOfDates() {
    return integers().between(-10, 800).map(d -> RandomLedger.START.plusDays(d));
  }

  @Test
  void givesTheSameAllocationAsTheReference() {
    qt().forAll(RandomLedger.ledgers(80), strategies(), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, disputeSeed) -> {
              Ledger ledger = random.inShuffledOrder(disputeSeed);
              Set<EntryId> disputed = disputed(ledger, disputeSeed);
              assertThat(new PaymentAllocator(strategy).allocate(ledger, asOf, disputed))
                  .isEqualTo(new ReferenceAllocator(strategy).allocate(ledger, asOf, disputed));
            });
  }

  /** Long ledgers over two years have many entries on the same day, so the tie-breaks are used. */
  @Test
  void givesTheSameAllocationWhenManyEntriesShareADay() {
    qt().withExamples(200)
        .forAll(RandomLedger.ledgers(400), strategies(), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, disputeSeed) -> {
              Ledger ledger = random.inGeneratedOrder();
              Set<EntryId> disputed = disputed(ledger, disputeSeed);
              assertThat(new PaymentAllocator(strategy).allocate(ledger, asOf, disputed))
                  .isEqualTo(new ReferenceAllocator(strategy).allocate(ledger, asOf, disputed));
              assertThat(new PaymentAllocator(strategy).allocate(ledger, asOf))
                  .isEqualTo(new ReferenceAllocator(strategy).allocate(ledger, asOf, Set.of()));
            });
  }

  private static Set<EntryId> disputed(Ledger ledger, long seed) {
    return ledger.entries().stream()
        .filter(p -> (p.id().value() * 31 + seed) % 11 == 0)
        .map(p -> p.id())
        .collect(Collectors.toSet());
  }
}
