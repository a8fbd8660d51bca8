package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.RandomLedger;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The money laws of allocation, on random ledgers, for every strategy. */
class AllocationPropertiesTest {

  private static final List<AllocationStrategy> STRATEGIES =
      List.of(
          AllocationStrategy.oldestDueFirst(),
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE, ChargeType.MAJOR_WORKS)),
          AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()));

  private static Gen<AllocationStrategy> strategies() {
    return integers().between(0, STRATEGIES.size() - 1).map(STRATEGIES::get);
  }

  private static Gen<LocalDate> asOfDates() {
    return integers().between(-10, 800).map(d -> RandomLedger.START.plusDays(d));
  }

  @Test
  void neverAllocatesMoreThanWasPaidOrOwedAndConservesTotals() {
    qt().forAll(RandomLedger.ledgers(80), strategies(), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, disputeSeed) -> {
              Ledger ledger = random.inGeneratedOrder();
              Set<EntryId> disputed =
                  ledger.entries().stream()
                      .filter(p -> (p.id().value() * 31 + disputeSeed) % 7 == 0)
                      .map(p -> p.id())
                      .collect(Collectors.toSet());
              Allocation allocation =
                  new PaymentAllocator(strategy).allocate(ledger, asOf, disputed);

              Map<EntryId, Money> settledByCredit = new HashMap<>();
              Money chargesPaid = Money.ZERO;
              for (ChargeAllocation charge : allocation.charges()) {
                assertThat(charge.allocated().isNegative()).isFalse();
                assertThat(charge.outstanding().isNegative()).isFalse();
                assertThat(charge.allocated()).isLessThanOrEqualTo(charge.original());
                if (charge.disputed()) {
                  assertThat(charge.allocated()).isEqualTo(Money.ZERO);
                }
                Money settled =
                    charge.paidBy().stream()
                        .map(Settlement::amount)
                        .reduce(Money.ZERO, Money::plus);
                assertThat(settled).isEqualTo(charge.allocated());
                charge
                    .paidBy()
                    .forEach(s -> settledByCredit.merge(s.credit(), s.amount(), Money::plus));
                chargesPaid = chargesPaid.plus(charge.allocated());
              }
              Money creditsUsed = Money.ZERO;
              for (CreditAllocation credit : allocation.credits()) {
                assertThat(credit.allocated()).isLessThanOrEqualTo(credit.credit().amount());
                assertThat(credit.unallocated().isNegative()).isFalse();
                assertThat(settledByCredit.getOrDefault(credit.id(), Money.ZERO))
                    .isEqualTo(credit.allocated());
                creditsUsed = creditsUsed.plus(credit.allocated());
              }
              assertThat(chargesPaid).isEqualTo(creditsUsed);
              assertThat(allocation.balance()).isEqualTo(ledger.balanceAt(asOf));
              boolean openCharge =
                  allocation.charges().stream()
                      .anyMatch(c -> !c.disputed() && c.outstanding().isPositive());
              assertThat(openCharge && allocation.unallocatedCredit().isPositive())
                  .as("credit is never left waiting while an undisputed charge is open")
                  .isFalse();
            });
  }

  @Test
  void theOrderOfPostingDoesNotMatter() {
    qt().forAll(RandomLedger.ledgers(60), strategies(), asOfDates(), longs().all())
        .checkAssert(
            (random, strategy, asOf, shuffleSeed) -> {
              PaymentAllocator allocator = new PaymentAllocator(strategy);
              Allocation inOrder = allocator.allocate(random.inGeneratedOrder(), asOf);
              Allocation shuffled = allocator.allocate(random.inShuffledOrder(shuffleSeed), asOf);
              assertThat(outstandingByReference(shuffled))
                  .isEqualTo(outstandingByReference(inOrder));
              assertThat(unallocatedByReference(shuffled))
                  .isEqualTo(unallocatedByReference(inOrder));
            });
  }

  @Test
  void rerunningGivesTheSameAllocation() {
    qt().forAll(RandomLedger.ledgers(60), strategies(), asOfDates())
        .checkAssert(
            (random, strategy, asOf) -> {
              Ledger ledger = random.inGeneratedOrder();
              PaymentAllocator allocator = new PaymentAllocator(strategy);
              assertThat(allocator.allocate(ledger, asOf))
                  .isEqualTo(allocator.allocate(ledger, asOf));
            });
  }

  private static Map<String, Money> outstandingByReference(Allocation allocation) {
    return allocation.charges().stream()
        .collect(
            Collectors.toMap(
                c -> RandomLedger.reference(c.charge()), ChargeAllocation::outstanding));
  }

  private static Map<String, Money> unallocatedByReference(Allocation allocation) {
    return allocation.credits().stream()
        .collect(
            Collectors.toMap(
                c -> RandomLedger.reference(c.credit()), CreditAllocation::unallocated));
  }
}
