package org.homeownership.recovery.ageing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.RandomLedger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast path of {@link ArrearsAgeing} (rows of pence by charge type ordinal, days overdue as a
 * difference of day numbers) gives exactly the aged debt of the plain {@link ReferenceAgeing}: the
 * same amount in every band of every charge type, the same unallocated credit, disputed sum and
 * account counts.
 */
class ArrearsAgeingMatchesReferenceTest {

  private static final List<AgeingBands> BANDS =
      List.of(AgeingBands.standard(), AgeingBands.of(1), AgeingBands.of(7, 14, 400));

  private static Gen<LocalDate> asOfDates() {
    return integers().between(-10, 900).map(d -> RandomLedger.START.plusDays(d));
  }

  @Test
  void agesExactlyAsTheReference() {
    qt().forAll(
            RandomLedger.ledgers(120),
            integers().between(0, BANDS.size() - 1),
            asOfDates(),
            longs().all())
        .checkAssert(
            (random, bandsIndex, asOf, seed) -> {
              AgeingBands bands = BANDS.get(bandsIndex);
              Ledger ledger = random.inShuffledOrder(seed);
              Allocation allocation =
                  new PaymentAllocator(AllocationStrategy.oldestDueFirst())
                      .allocate(ledger, asOf, disputed(ledger, seed));
              assertSame(
                  new ArrearsAgeing(bands).age(allocation),
                  new ReferenceAgeing(bands).age(allocation));
            });
  }

  /** Every figure an aged debt holds, compared one by one (it has no equals of its own). */
  static void assertSame(AgedDebt fast, AgedDebt reference) {
    assertThat(fast.asOf()).isEqualTo(reference.asOf());
    assertThat(fast.bands()).isEqualTo(reference.bands());
    assertThat(fast.byChargeType()).isEqualTo(reference.byChargeType());
    assertThat(List.copyOf(fast.byChargeType().keySet()))
        .isEqualTo(List.copyOf(reference.byChargeType().keySet()));
    assertThat(fast.unallocatedCredit()).isEqualTo(reference.unallocatedCredit());
    assertThat(fast.disputed()).isEqualTo(reference.disputed());
    assertThat(fast.accounts()).isEqualTo(reference.accounts());
    assertThat(fast.accountsInArrears()).isEqualTo(reference.accountsInArrears());
    assertThat(fast.toText()).isEqualTo(reference.toText());
  }

  private static Set<EntryId> disputed(Ledger ledger, long seed) {
    return ledger.entries().stream()
        .filter(p -> (p.id().value() * 31 + seed) % 13 == 0)
        .map(p -> p.id())
        .collect(Collectors.toSet());
  }
}
