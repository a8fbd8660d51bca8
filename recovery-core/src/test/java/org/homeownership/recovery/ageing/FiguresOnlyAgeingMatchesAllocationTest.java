package org.homeownership.recovery.ageing;

import static org.homeownership.recovery.ageing.ArrearsAgeingMatchesReferenceTest.assertSame;
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
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
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
 * The figures-only path, {@link ArrearsAgeing#age(Ledger, LocalDate, PaymentAllocator, Set)}, gives
 * exactly the aged debt of ageing the full allocation, {@code age(allocator.allocate(ledger, asOf,
 * disputed))}: every band of every charge type, unallocated credit, the disputed sum, the account
 * counts and the text. Random ledgers with reversals, disputes, back-dated and same-day entries,
 * ids with gaps and a reversal of a missing entry, under every strategy shape (oldest due first,
 * which takes the fast path; charge type priority, which falls back; and a named demand first over
 * each, which takes the fast path for ledgers whose credits name no demand).
 */
class FiguresOnlyAgeingMatchesAllocationTest {

  private static final List<AllocationStrategy> STRATEGIES =
      List.of(
          AllocationStrategy.oldestDueFirst(),
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE, ChargeType.MAJOR_WORKS)),
          AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()),
          AllocationStrategy.explicitThen(
              AllocationStrategy.chargeTypePriority(List.of(ChargeType.ADMINISTRATION_CHARGE))));

  private static final List<AgeingBands> BANDS =
      List.of(AgeingBands.standard(), AgeingBands.of(1), AgeingBands.of(7, 14, 400));

  private static Gen<LocalDate> asOfDates() {
    return integers().between(-10, 900).map(d -> RandomLedger.START.plusDays(d));
  }

  private static Gen<Integer> indexes(List<?> list) {
    return integers().between(0, list.size() - 1);
  }

  @Test
  void agesExactlyAsTheFullAllocation() {
    qt().withExamples(1000)
        .forAll(
            RandomLedger.ledgers(120),
            integers().between(0, STRATEGIES.size() * BANDS.size() - 1),
            asOfDates(),
            longs().all())
        .checkAssert(
            (random, shape, asOf, seed) -> {
              int strategy = shape % STRATEGIES.size();
              int bands = shape / STRATEGIES.size();
              Ledger ledger = random.inShuffledOrder(seed);
              if ((seed & 1) == 0) {
                ledger = withGappedIds(ledger, seed);
              }
              assertFiguresOnlyAgesAsFull(
                  ledger,
                  asOf,
                  new PaymentAllocator(STRATEGIES.get(strategy)),
                  new ArrearsAgeing(BANDS.get(bands)),
                  disputed(ledger, seed));
            });
  }

  /** Long ledgers over two years have many entries on the same day, so the tie-breaks are used. */
  @Test
  void agesExactlyAsTheFullAllocationWhenManyEntriesShareADay() {
    qt().withExamples(200)
        .forAll(RandomLedger.ledgers(400), indexes(STRATEGIES), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, seed) -> {
              Ledger ledger = random.inGeneratedOrder();
              PaymentAllocator allocator = new PaymentAllocator(STRATEGIES.get(strategy));
              ArrearsAgeing ageing = new ArrearsAgeing(AgeingBands.standard());
              assertFiguresOnlyAgesAsFull(ledger, asOf, allocator, ageing, disputed(ledger, seed));
              assertSame(
                  ageing.age(ledger, asOf, allocator),
                  ageing.age(allocator.allocate(ledger, asOf)));
            });
  }

  /** Nothing is kept from one ledger to the next, in either order of dates. */
  @Test
  void agesTheSameLedgerAsOfTwoDatesExactlyAsTheFullAllocation() {
    PaymentAllocator allocator = new PaymentAllocator(AllocationStrategy.oldestDueFirst());
    ArrearsAgeing ageing = new ArrearsAgeing(AgeingBands.standard());
    qt().forAll(RandomLedger.ledgers(120), asOfDates(), asOfDates())
        .checkAssert(
            (random, first, second) -> {
              Ledger ledger = random.inGeneratedOrder();
              assertSame(
                  ageing.age(ledger, first, allocator),
                  ageing.age(allocator.allocate(ledger, first)));
              assertSame(
                  ageing.age(ledger, second, allocator),
                  ageing.age(allocator.allocate(ledger, second)));
            });
  }

  private static void assertFiguresOnlyAgesAsFull(
      Ledger ledger,
      LocalDate asOf,
      PaymentAllocator allocator,
      ArrearsAgeing ageing,
      Set<EntryId> disputed) {
    assertSame(
        ageing.age(ledger, asOf, allocator, disputed),
        ageing.age(allocator.allocate(ledger, asOf, disputed)));
  }

  /**
   * {@code ledger} with its ids spread out (gaps of a random width) and, if it has any reversal,
   * one more reversal naming an id between two entries, so on no entry.
   */
  private static Ledger withGappedIds(Ledger ledger, long seed) {
    long gap = 2 + Math.floorMod(seed >> 1, 9);
    Map<EntryId, EntryId> renumbered = new HashMap<>();
    List<PostedEntry> posted = new ArrayList<>();
    long last = 0;
    Reversal anyReversal = null;
    for (PostedEntry p : ledger.entries()) {
      EntryId id = EntryId.of(p.id().value() * gap);
      renumbered.put(p.id(), id);
      LedgerEntry entry = p.entry();
      if (entry instanceof Reversal r) {
        entry = ImmutableReversal.copyOf(r).withReverses(renumbered.get(r.reverses()));
        anyReversal = r;
      }
      posted.add(new PostedEntry(id, entry));
      last = id.value();
    }
    if (anyReversal != null) {
      posted.add(
          new PostedEntry(
              EntryId.of(last + gap),
              ImmutableReversal.copyOf(anyReversal).withReverses(EntryId.of(gap + 1))));
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
