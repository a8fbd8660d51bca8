package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.allocation.LedgerFiguresReplayMatchesAllocationTest.assertMatchesFullAllocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.CreditEntry;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Each ledger the figures-only replay cannot take is answered {@link FiguresOnlyReplay#UNSUPPORTED}
 * with nothing told to the sink, and {@link PaymentAllocator#outstanding} then gives the full
 * allocation's figures.
 */
class FiguresOnlyReplayFallbackTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);
  private static final AllocationStrategy OLDEST_DUE_FIRST = AllocationStrategy.oldestDueFirst();

  @Test
  void fallsBackForADueDateInAYearWithNoDayKey() {
    Ledger ledger = ledger(charge(1, DAY, LocalDate.of(20_000, 1, 1), 10_000), payment(2, 4_000));
    assertFallsBack(ledger, AS_OF, OLDEST_DUE_FIRST);
  }

  @Test
  void fallsBackForAnEntryDatedInAYearWithNoDayKey() {
    Ledger ledger =
        ledger(charge(1, DAY, DAY, 10_000), payment(2, LocalDate.of(-1, 6, 1), 4_000, null));
    assertFallsBack(ledger, AS_OF, OLDEST_DUE_FIRST);
  }

  @Test
  void fallsBackForAnAsOfDateInAYearWithNoDayKey() {
    Ledger ledger = ledger(charge(1, DAY, DAY, 10_000), payment(2, 4_000));
    assertFallsBack(ledger, LocalDate.of(16_384, 1, 1), OLDEST_DUE_FIRST);
  }

  @Test
  void fallsBackForALedgerOfMoreThan65535Entries() {
    List<PostedEntry> entries = new ArrayList<>();
    entries.add(charge(1, DAY, DAY, 100_000_000));
    for (int i = 2; i <= FiguresOnlyReplay.MAX_ENTRIES + 1; i++) {
      entries.add(payment(i, DAY.plusDays(i % 300), 1, null));
    }
    Ledger ledger = Ledger.of(AccountId.of("FB-1"), entries);
    assertThat(ledger.entries()).hasSize(FiguresOnlyReplay.MAX_ENTRIES + 1);
    assertFallsBack(ledger, AS_OF, OLDEST_DUE_FIRST);
  }

  @Test
  void answersForALedgerOfExactly65535Entries() {
    List<PostedEntry> entries = new ArrayList<>();
    entries.add(charge(1, DAY, DAY, 100_000_000));
    for (int i = 2; i <= FiguresOnlyReplay.MAX_ENTRIES; i++) {
      entries.add(payment(i, DAY.plusDays(i % 300), 1, null));
    }
    Ledger ledger = Ledger.of(AccountId.of("FB-2"), entries);
    assertThat(assertMatchesFullAllocation(ledger, AS_OF, Set.of(), OLDEST_DUE_FIRST)).isTrue();
  }

  /** Two credits of one day pooled pass the largest sum of pence; the full allocation does not. */
  @Test
  void fallsBackWhenThePooledCreditWouldOverflow() {
    Ledger ledger =
        ledger(
            payment(1, DAY, Long.MAX_VALUE, null),
            payment(2, DAY, 10, null),
            charge(3, DAY.plusDays(1), DAY.plusDays(1), Long.MAX_VALUE));
    assertFallsBack(ledger, AS_OF, OLDEST_DUE_FIRST);
    assertThat(new PaymentAllocator(OLDEST_DUE_FIRST).allocate(ledger, AS_OF).unallocatedCredit())
        .isEqualTo(Money.ofPence(10));
  }

  @Test
  void fallsBackForAnEntryOfNoKnownKind() {
    Ledger ledger =
        ledger(
            charge(1, DAY, DAY, 10_000),
            payment(2, 4_000),
            new PostedEntry(EntryId.of(3), new Memo(AS_OF.plusDays(1))));
    // Dated after the as-of date, the full allocation leaves it out.
    assertFallsBack(ledger, AS_OF, OLDEST_DUE_FIRST);
    // Dated by it, the full allocation refuses it, and so does outstanding.
    Ledger dated =
        ledger(charge(1, DAY, DAY, 10_000), new PostedEntry(EntryId.of(3), new Memo(DAY)));
    assertThat(
            FiguresOnlyReplay.outstanding(dated, AS_OF, Set.of(), OLDEST_DUE_FIRST, NOTHING_TOLD))
        .isEqualTo(FiguresOnlyReplay.UNSUPPORTED);
    assertThatThrownBy(
            () ->
                new PaymentAllocator(OLDEST_DUE_FIRST)
                    .outstanding(dated, AS_OF, Set.of(), NOTHING_TOLD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown entry kind");
  }

  @Test
  void fallsBackForACreditNamingADemandWhenThatDemandIsPaidFirst() {
    Ledger ledger =
        ledger(
            charge(1, DAY, DAY, 10_000),
            charge(2, DAY, DAY.plusDays(10), 10_000),
            payment(3, DAY.plusDays(20), 4_000, "D2"));
    assertFallsBack(ledger, AS_OF, AllocationStrategy.explicitThen(OLDEST_DUE_FIRST));
    // Under oldest due first the same credit is paid oldest due first, and the replay answers.
    assertThat(assertMatchesFullAllocation(ledger, AS_OF, Set.of(), OLDEST_DUE_FIRST)).isTrue();
  }

  @Test
  void asksAStrategyThatCannotSayForAllCreditsCreditByCredit() {
    AllocationStrategy paymentsOnly =
        new AllocationStrategy() {
          @Override
          public Comparator<OpenCharge> order(CreditEntry credit) {
            return credit instanceof Payment
                ? OpenCharge.OLDEST_DUE_FIRST
                : Comparator.comparing((OpenCharge c) -> c.charge().chargeType())
                    .thenComparing(OpenCharge.OLDEST_DUE_FIRST);
          }

          @Override
          public String describe() {
            return "payments oldest due first";
          }
        };
    assertThat(paymentsOnly.orderForEvery(false)).isEmpty();
    Ledger payments = ledger(charge(1, DAY, DAY, 10_000), payment(2, 4_000));
    assertThat(assertMatchesFullAllocation(payments, AS_OF, Set.of(), paymentsOnly)).isTrue();
    Ledger withCredit =
        ledger(
            charge(1, DAY, DAY, 10_000),
            payment(2, 4_000),
            new PostedEntry(
                EntryId.of(3),
                Credit.builder()
                    .date(DAY.plusDays(5))
                    .amount(Money.ofPence(50))
                    .reason("goodwill")
                    .build()));
    assertFallsBack(withCredit, AS_OF, paymentsOnly);
    // A credit dated after the as-of date is not allocated, so its order does not matter.
    assertThat(assertMatchesFullAllocation(withCredit, DAY.plusDays(4), Set.of(), paymentsOnly))
        .isTrue();
  }

  @Test
  void theBuiltInStrategiesSayTheOrderTheyGiveEveryCredit() {
    CreditEntry naming =
        Payment.builder()
            .dateReceived(DAY)
            .amount(Money.ofPence(1))
            .method(PaymentMethod.CASH)
            .reference("P")
            .allocateTo("D1")
            .build();
    CreditEntry plain = Credit.builder().date(DAY).amount(Money.ofPence(1)).reason("r").build();
    AllocationStrategy priority = AllocationStrategy.chargeTypePriority(List.of());
    AllocationStrategy explicit = AllocationStrategy.explicitThen(OLDEST_DUE_FIRST);
    assertThat(OLDEST_DUE_FIRST.orderForEvery(true)).containsSame(OLDEST_DUE_FIRST.order(naming));
    assertThat(OLDEST_DUE_FIRST.orderForEvery(false)).containsSame(OLDEST_DUE_FIRST.order(plain));
    assertThat(priority.orderForEvery(true)).containsSame(priority.order(naming));
    assertThat(priority.orderForEvery(false)).containsSame(priority.order(plain));
    assertThat(explicit.orderForEvery(true)).isEmpty();
    assertThat(explicit.orderForEvery(false)).containsSame(explicit.order(plain));
    assertThat(explicit.orderForEvery(false)).containsSame(OpenCharge.OLDEST_DUE_FIRST);
  }

  private static final OutstandingSink NOTHING_TOLD =
      (id, charge, pence, disputed) -> {
        throw new AssertionError("told the sink before falling back");
      };

  private static void assertFallsBack(Ledger ledger, LocalDate asOf, AllocationStrategy strategy) {
    assertThat(FiguresOnlyReplay.outstanding(ledger, asOf, Set.of(), strategy, NOTHING_TOLD))
        .isEqualTo(FiguresOnlyReplay.UNSUPPORTED);
    assertThat(assertMatchesFullAllocation(ledger, asOf, Set.of(), strategy)).isFalse();
  }

  private static Ledger ledger(PostedEntry... entries) {
    return Ledger.of(AccountId.of("FB-1"), List.of(entries));
  }

  private static PostedEntry charge(long id, LocalDate raised, LocalDate due, long pence) {
    return new PostedEntry(
        EntryId.of(id),
        Charge.builder()
            .chargeType(ChargeType.SERVICE_CHARGE)
            .dateRaised(raised)
            .dueDate(due)
            .demandReference("D" + id)
            .amount(Money.ofPence(pence))
            .build());
  }

  private static PostedEntry payment(long id, long pence) {
    return payment(id, DAY.plusDays(3), pence, null);
  }

  private static PostedEntry payment(long id, LocalDate date, long pence, String allocateTo) {
    return new PostedEntry(
        EntryId.of(id),
        Payment.builder()
            .dateReceived(date)
            .amount(Money.ofPence(pence))
            .method(PaymentMethod.BANK_TRANSFER)
            .reference("P" + id)
            .allocateTo(Optional.ofNullable(allocateTo))
            .build());
  }

  /** An entry of a kind no allocation knows: neither a debit, a credit nor a reversal. */
  private record Memo(LocalDate date) implements LedgerEntry {
    @Override
    public EntryKind kind() {
      return EntryKind.CHARGE;
    }

    @Override
    public Direction direction() {
      return Direction.DEBIT;
    }

    @Override
    public Money amount() {
      return Money.ofPence(1);
    }

    @Override
    public Optional<String> externalReference() {
      return Optional.empty();
    }

    @Override
    public String description() {
      return "memo";
    }
  }
}
