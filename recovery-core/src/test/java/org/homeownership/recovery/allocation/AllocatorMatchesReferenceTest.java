package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.RandomLedger;
import org.homeownership.recovery.ledger.Reversal;
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

  /**
   * Reversals are matched by id, not by position: ids with gaps, and a reversal naming an id that
   * is not on the ledger (which allocation leaves without effect), give the reference's allocation
   * too.
   */
  @Test
  void givesTheSameAllocationWithGapsInTheIdsAndAReversalOfAMissingEntry() {
    qt().forAll(RandomLedger.ledgers(120), strategies(), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, seed) -> {
              Ledger ledger = withGappedIds(random.inShuffledOrder(seed), seed);
              Set<EntryId> disputed = disputed(ledger, seed);
              assertThat(new PaymentAllocator(strategy).allocate(ledger, asOf, disputed))
                  .isEqualTo(new ReferenceAllocator(strategy).allocate(ledger, asOf, disputed));
            });
  }

  /**
   * Nothing is kept from one allocation to the next: the same ledger allocated as of two dates, in
   * either order, gives the reference's allocation each time.
   */
  @Test
  void givesTheSameAllocationWhenTheLedgerIsAllocatedAgainAsOfAnotherDate() {
    qt().forAll(RandomLedger.ledgers(120), asOfDates(), asOfDates())
        .checkAssert(
            (random, first, second) -> {
              Ledger ledger = random.inGeneratedOrder();
              PaymentAllocator allocator =
                  new PaymentAllocator(AllocationStrategy.oldestDueFirst());
              ReferenceAllocator reference =
                  new ReferenceAllocator(AllocationStrategy.oldestDueFirst());
              assertThat(allocator.allocate(ledger, first))
                  .isEqualTo(reference.allocate(ledger, first, Set.of()));
              assertThat(allocator.allocate(ledger, second))
                  .isEqualTo(reference.allocate(ledger, second, Set.of()));
            });
  }

  /**
   * {@code ledger} with its ids spread out (gaps of a random width) and, if it has any reversal,
   * one more reversal naming an id between two entries, so on no entry.
   */
  private static Ledger withGappedIds(Ledger ledger, long seed) {
    long gap = 2 + Math.floorMod(seed, 9);
    Map<EntryId, EntryId> renumbered = new HashMap<>();
    List<PostedEntry> posted = new ArrayList<>();
    long last = 0;
    boolean anyReversal = false;
    for (PostedEntry p : ledger.entries()) {
      EntryId id = EntryId.of(p.id().value() * gap);
      renumbered.put(p.id(), id);
      LedgerEntry entry = p.entry();
      if (entry instanceof Reversal r) {
        entry = ImmutableReversal.copyOf(r).withReverses(renumbered.get(r.reverses()));
        anyReversal = true;
      }
      posted.add(new PostedEntry(id, entry));
      last = id.value();
    }
    if (anyReversal) {
      Reversal any =
          ledger.entries().stream()
              .map(PostedEntry::entry)
              .filter(Reversal.class::isInstance)
              .map(Reversal.class::cast)
              .findFirst()
              .orElseThrow();
      posted.add(
          new PostedEntry(
              EntryId.of(last + gap),
              ImmutableReversal.copyOf(any).withReverses(EntryId.of(gap + 1))));
    }
    return Ledger.of(ledger.account(), posted);
  }

  private static Set<EntryId> disputed(Ledger ledger, long seed) {
    return ledger.entries().stream()
        .filter(p -> (p.id().value() * 31 + seed) % 11 == 0)
        .map(p -> p.id())
        .collect(Collectors.toSet());
  }
}
