package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.RandomLedger;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Under oldest due first the figures-only replay itself answers (it never falls back to the full
 * allocation), and tells exactly the charges the full allocation leaves outstanding, with their
 * outstanding pence and dispute flags, and its unallocated credit.
 */
class FiguresOnlyReplayTest {

  private static final AllocationStrategy OLDEST_DUE_FIRST = AllocationStrategy.oldestDueFirst();

  /** One outstanding charge as the sink was told it. */
  private record Told(EntryId id, long pence, boolean disputed) {}

  @Test
  void tellsTheFiguresOfTheFullAllocationWithoutFallingBack() {
    qt().withExamples(1000)
        .forAll(
            RandomLedger.ledgers(200),
            integers().between(-10, 900).map(d -> RandomLedger.START.plusDays(d)),
            longs().all())
        .checkAssert(
            (random, asOf, seed) -> {
              Ledger ledger =
                  (seed & 1) == 0 ? random.inShuffledOrder(seed) : random.inGeneratedOrder();
              Set<EntryId> disputed = disputed(ledger, seed);
              List<Told> told = new ArrayList<>();
              long unallocated =
                  FiguresOnlyReplay.outstanding(
                      ledger,
                      asOf,
                      disputed,
                      OLDEST_DUE_FIRST,
                      (id, charge, pence, inDispute) -> {
                        assertThat(charge).isSameAs(entryOf(ledger, id));
                        told.add(new Told(id, pence, inDispute));
                      });
              Allocation full =
                  new PaymentAllocator(OLDEST_DUE_FIRST).allocate(ledger, asOf, disputed);
              assertThat(unallocated).isEqualTo(full.unallocatedCredit().pence());
              assertThat(told)
                  .containsExactlyInAnyOrderElementsOf(
                      full.charges().stream()
                          .filter(c -> !c.outstanding().isZero())
                          .map(c -> new Told(c.id(), c.outstanding().pence(), c.disputed()))
                          .toList());
            });
  }

  @Test
  void fallsBackForAStrategyThatIsNotOldestDueFirst() {
    LocalDate day = LocalDate.of(2026, 4, 1);
    Ledger ledger =
        Ledger.of(
            AccountId.of("FR-1"),
            List.of(
                new PostedEntry(
                    EntryId.of(1),
                    Charge.builder()
                        .chargeType(ChargeType.SERVICE_CHARGE)
                        .dateRaised(day)
                        .dueDate(day)
                        .demandReference("D1")
                        .amount(Money.ofPence(10_000))
                        .build()),
                new PostedEntry(
                    EntryId.of(2),
                    Payment.builder()
                        .dateReceived(day.plusDays(3))
                        .amount(Money.ofPence(4_000))
                        .method(PaymentMethod.BANK_TRANSFER)
                        .reference("P1")
                        .build())));
    long answer =
        FiguresOnlyReplay.outstanding(
            ledger,
            LocalDate.of(2030, 1, 1),
            Set.of(),
            AllocationStrategy.chargeTypePriority(List.of()),
            (id, charge, pence, inDispute) -> {
              throw new AssertionError("told the sink before falling back");
            });
    assertThat(answer).isEqualTo(FiguresOnlyReplay.UNSUPPORTED);
  }

  private static Object entryOf(Ledger ledger, EntryId id) {
    return ledger.entries().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow()
        .entry();
  }

  private static Set<EntryId> disputed(Ledger ledger, long seed) {
    return ledger.entries().stream()
        .filter(p -> (p.id().value() * 31 + seed) % 11 == 0)
        .map(p -> p.id())
        .collect(Collectors.toSet());
  }
}
