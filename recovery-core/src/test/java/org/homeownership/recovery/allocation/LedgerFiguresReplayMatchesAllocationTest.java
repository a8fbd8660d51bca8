package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.RandomLedger;
import org.homeownership.recovery.ledger.Reversal;
import org.junit.jupiter.api.Test;

/**
 * The replay over a ledger's figures ({@link FiguresOnlyReplay}, reading {@code Ledger.figures()})
 * tells exactly the charges, pence and dispute flags the full allocation leaves outstanding, and
 * its unallocated credit, whenever it answers; and {@link PaymentAllocator#outstanding}, which
 * falls back when it does not, always does. Random ledgers in generated and shuffled posting order,
 * with reversals, ids with gaps and a reversal of an id on no entry, few disputes (found by id) and
 * many (tested entry by entry) and ids disputed that are on no entry, under every strategy: the
 * built-in ones, and two of a council's own that cannot say for all credits at once.
 */
class LedgerFiguresReplayMatchesAllocationTest {

  /** Oldest due first for every credit, but says so only credit by credit. */
  private static final AllocationStrategy OWN_OLDEST_DUE_FIRST =
      new AllocationStrategy() {
        @Override
        public Comparator<OpenCharge> order(CreditEntry credit) {
          return OpenCharge.OLDEST_DUE_FIRST;
        }

        @Override
        public String describe() {
          return "a council's own oldest due first";
        }
      };

  /** Payments oldest due first, other credits ground rent first; says so credit by credit. */
  private static final AllocationStrategy OWN_PAYMENTS_OLDEST_DUE_FIRST =
      new AllocationStrategy() {
        private final AllocationStrategy groundRentFirst =
            AllocationStrategy.chargeTypePriority(List.of(ChargeType.GROUND_RENT));

        @Override
        public Comparator<OpenCharge> order(CreditEntry credit) {
          return credit instanceof Payment
              ? OpenCharge.OLDEST_DUE_FIRST
              : groundRentFirst.order(credit);
        }

        @Override
        public String describe() {
          return "payments oldest due first, other credits ground rent first";
        }
      };

  static final List<AllocationStrategy> STRATEGIES =
      List.of(
          AllocationStrategy.oldestDueFirst(),
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE, ChargeType.MAJOR_WORKS)),
          AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()),
          AllocationStrategy.explicitThen(
              AllocationStrategy.chargeTypePriority(List.of(ChargeType.ADMINISTRATION_CHARGE))),
          OWN_OLDEST_DUE_FIRST,
          OWN_PAYMENTS_OLDEST_DUE_FIRST);

  /** One outstanding charge as a sink was told it. */
  record Told(EntryId id, long pence, boolean disputed) {}

  /** One outstanding charge as {@link OutstandingAmounts} was told it. */
  record Amount(ChargeType type, long dueDay, long pence, boolean disputed) {}

  @Test
  void tellsExactlyWhatTheFullAllocationLeavesOutstanding() {
    int[] answered = new int[STRATEGIES.size()];
    qt().withExamples(1500)
        .forAll(
            RandomLedger.ledgers(150),
            integers().between(0, STRATEGIES.size() - 1),
            integers().between(-10, 900).map(d -> RandomLedger.START.plusDays(d)),
            longs().all())
        .checkAssert(
            (random, strategy, asOf, seed) -> {
              Ledger ledger =
                  (seed & 1) == 0 ? random.inShuffledOrder(seed) : random.inGeneratedOrder();
              if ((seed & 2) == 0) {
                ledger = withGappedIds(ledger, seed);
              }
              Set<EntryId> disputed = disputed(ledger, seed);
              if (assertMatchesFullAllocation(ledger, asOf, disputed, STRATEGIES.get(strategy))) {
                answered[strategy]++;
              }
            });
    // Oldest due first, and a council's own strategy that says so credit by credit, always answer.
    assertThat(answered[0]).isPositive();
    assertThat(answered[4]).isPositive();
  }

  /**
   * Asserts the replay (when it answers) and {@link PaymentAllocator#outstanding} both tell the
   * full allocation's figures; returns whether the replay answered.
   */
  static boolean assertMatchesFullAllocation(
      Ledger ledger, LocalDate asOf, Set<EntryId> disputed, AllocationStrategy strategy) {
    Allocation full = new PaymentAllocator(strategy).allocate(ledger, asOf, disputed);
    List<Told> expected =
        full.charges().stream()
            .filter(c -> !c.outstanding().isZero())
            .map(c -> new Told(c.id(), c.outstanding().pence(), c.disputed()))
            .toList();

    List<Told> told = new ArrayList<>();
    long replayed =
        FiguresOnlyReplay.outstanding(
            ledger,
            asOf,
            disputed,
            strategy,
            (id, charge, pence, inDispute) -> {
              assertThat(charge).isSameAs(ledger.entries().get(ledger.positionOf(id)).entry());
              told.add(new Told(id, pence, inDispute));
            });
    boolean answered = replayed != FiguresOnlyReplay.UNSUPPORTED;
    if (answered) {
      assertThat(replayed).isEqualTo(full.unallocatedCredit().pence());
      assertThat(told).containsExactlyInAnyOrderElementsOf(expected);
    } else {
      assertThat(told).isEmpty();
    }
    if (strategy == STRATEGIES.get(0) || strategy == OWN_OLDEST_DUE_FIRST) {
      assertThat(answered).as("oldest due first never falls back here").isTrue();
    }

    List<Told> viaAllocator = new ArrayList<>();
    long unallocated =
        new PaymentAllocator(strategy)
            .outstanding(
                ledger,
                asOf,
                disputed,
                (id, charge, pence, inDispute) -> viaAllocator.add(new Told(id, pence, inDispute)));
    assertThat(unallocated).isEqualTo(full.unallocatedCredit().pence());
    assertThat(viaAllocator).containsExactlyInAnyOrderElementsOf(expected);

    List<Amount> expectedAmounts =
        full.charges().stream()
            .filter(c -> !c.outstanding().isZero())
            .map(
                c ->
                    new Amount(
                        c.charge().chargeType(),
                        c.charge().dueDate().toEpochDay(),
                        c.outstanding().pence(),
                        c.disputed()))
            .toList();
    List<Amount> amounts = new ArrayList<>();
    long replayedAmounts =
        FiguresOnlyReplay.outstandingAmounts(
            ledger,
            asOf,
            disputed,
            strategy,
            (type, dueDay, pence, inDispute) ->
                amounts.add(new Amount(type, dueDay, pence, inDispute)));
    assertThat(replayedAmounts).isEqualTo(replayed);
    if (answered) {
      assertThat(amounts).containsExactlyInAnyOrderElementsOf(expectedAmounts);
    } else {
      assertThat(amounts).isEmpty();
    }
    List<Amount> amountsViaAllocator = new ArrayList<>();
    assertThat(
            new PaymentAllocator(strategy)
                .outstandingAmounts(
                    ledger,
                    asOf,
                    disputed,
                    (type, dueDay, pence, inDispute) ->
                        amountsViaAllocator.add(new Amount(type, dueDay, pence, inDispute))))
        .isEqualTo(full.unallocatedCredit().pence());
    assertThat(amountsViaAllocator).containsExactlyInAnyOrderElementsOf(expectedAmounts);
    return answered;
  }

  /**
   * No disputes; or disputes about one entry in eleven (found by id) or one in two (tested entry by
   * entry), with two ids on no entry.
   */
  private static Set<EntryId> disputed(Ledger ledger, long seed) {
    if ((seed & 8) == 0) {
      return Set.of();
    }
    int every = (seed & 4) == 0 ? 11 : 2;
    Set<EntryId> disputed = new HashSet<>();
    for (PostedEntry p : ledger.entries()) {
      if (Math.floorMod(p.id().value() * 31 + seed, every) == 0) {
        disputed.add(p.id());
      }
    }
    disputed.add(EntryId.of(1_000_000));
    disputed.add(EntryId.of(3_000_001));
    return disputed;
  }

  /**
   * {@code ledger} with its ids spread out (gaps of a random width) and, if it has any reversal,
   * one more reversal naming an id between two entries, so on no entry.
   */
  static Ledger withGappedIds(Ledger ledger, long seed) {
    long gap = 2 + Math.floorMod(seed >> 4, 9);
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
}
