package org.homeownership.recovery.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/** Every figure a ledger's {@link LedgerFigures} holds is the entry's own. */
class LedgerFiguresTest {

  @Test
  void everyFigureIsTheEntrysOwn() {
    qt().withExamples(1000)
        .forAll(RandomLedger.ledgers(150), longs().all())
        .checkAssert(
            (random, seed) -> {
              Ledger ledger =
                  (seed & 1) == 0 ? random.inShuffledOrder(seed) : random.inGeneratedOrder();
              LedgerFigures figures = ledger.figures();
              List<PostedEntry> entries = ledger.entries();
              assertThat(figures.size()).isEqualTo(entries.size());
              assertThat(figures.allDaysKeyed()).isTrue();
              assertThat(figures.anyUnknown()).isFalse();
              assertThat(figures.anyReversal())
                  .isEqualTo(entries.stream().anyMatch(p -> p.entry() instanceof Reversal));
              for (int i = 0; i < entries.size(); i++) {
                LedgerEntry entry = entries.get(i).entry();
                assertThat(figures.day(i)).isEqualTo(LedgerFigures.dayKey(entry.date()));
                assertThat(figures.pence(i)).isEqualTo(entry.amount().pence());
                if (entry instanceof DebitEntry debit) {
                  assertThat(figures.role(i)).isEqualTo(LedgerFigures.Role.DEBIT);
                  assertThat(figures.dueDay(i)).isEqualTo(LedgerFigures.dayKey(debit.dueDate()));
                  assertThat(figures.chargeType(i)).isEqualTo(debit.chargeType());
                  assertThat(LedgerFigures.epochDay(figures.dueDay(i)))
                      .isEqualTo(debit.dueDate().toEpochDay());
                  assertThat(figures.namesDemand(i)).isFalse();
                } else if (entry instanceof CreditEntry credit) {
                  assertThat(figures.role(i)).isEqualTo(LedgerFigures.Role.CREDIT);
                  assertThat(figures.namesDemand(i)).isEqualTo(credit.allocateTo().isPresent());
                  assertThat(figures.chargeType(i)).isNull();
                } else {
                  Reversal reversal = (Reversal) entry;
                  assertThat(figures.role(i)).isEqualTo(LedgerFigures.Role.REVERSAL);
                  int target = figures.reversedPosition(i);
                  assertThat(entries.get(target).id()).isEqualTo(reversal.reverses());
                }
                if (!(entry instanceof Reversal)) {
                  assertThat(figures.reversedPosition(i)).isEqualTo(LedgerFigures.NOT_ON_LEDGER);
                }
              }
            });
  }

  @Test
  void dayKeysOrderAsTheDatesDo() {
    qt().withExamples(2000)
        .forAll(integers().between(0, 5_000_000), integers().between(0, 5_000_000))
        .checkAssert(
            (a, b) -> {
              LocalDate first = LocalDate.ofEpochDay(a - 719_528L);
              LocalDate second = LocalDate.ofEpochDay(b - 719_528L);
              assertThat(Integer.signum(Integer.compare(dayKey(first), dayKey(second))))
                  .isEqualTo(Integer.signum(first.compareTo(second)));
            });
  }

  @Test
  void dayNumbersFromKeysAreTheDatesOwn() {
    // Every day from 0000-01-01 to 16383-12-31, the years a key is made for, sampled.
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(LedgerFigures.LAST_KEYED_YEAR, 12, 31).toEpochDay();
    qt().withExamples(5000)
        .forAll(longs().between(first, last))
        .checkAssert(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertThat(LedgerFigures.epochDay(dayKey(date))).isEqualTo(day);
            });
    for (LocalDate date :
        List.of(
            LocalDate.of(0, 1, 1),
            LocalDate.of(1900, 2, 28),
            LocalDate.of(1900, 3, 1),
            LocalDate.of(2000, 2, 29),
            LocalDate.of(2000, 3, 1),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(LedgerFigures.LAST_KEYED_YEAR, 12, 31))) {
      assertThat(LedgerFigures.epochDay(dayKey(date)))
          .as(date.toString())
          .isEqualTo(date.toEpochDay());
    }
  }

  @Test
  void aDateOutsideTheKeyedYearsHasNoKey() {
    assertThat(LedgerFigures.dayKey(LocalDate.of(-1, 12, 31))).isEqualTo(LedgerFigures.NO_DAY);
    assertThat(LedgerFigures.dayKey(LocalDate.of(16_384, 1, 1))).isEqualTo(LedgerFigures.NO_DAY);
    assertThat(LedgerFigures.dayKey(LocalDate.of(0, 1, 1))).isNotEqualTo(LedgerFigures.NO_DAY);
    assertThat(LedgerFigures.dayKey(LocalDate.of(16_383, 12, 31)))
        .isNotEqualTo(LedgerFigures.NO_DAY);

    Ledger ledger =
        Ledger.of(
            AccountId.of("LF-1"),
            List.of(
                new PostedEntry(
                    EntryId.of(1),
                    Charge.builder()
                        .chargeType(ChargeType.GROUND_RENT)
                        .dateRaised(LocalDate.of(2026, 4, 1))
                        .dueDate(LocalDate.of(20_000, 4, 1))
                        .amount(Money.ofPence(100))
                        .build())));
    assertThat(ledger.figures().allDaysKeyed()).isFalse();
    assertThat(ledger.figures().dueDay(0)).isEqualTo(LedgerFigures.NO_DAY);
  }

  @Test
  void figuresKeptThroughAppendsEqualFiguresMadeAfresh() {
    qt().withExamples(500)
        .forAll(RandomLedger.ledgers(150), longs().all())
        .checkAssert(
            (random, seed) -> {
              Ledger whole =
                  (seed & 1) == 0 ? random.inShuffledOrder(seed) : random.inGeneratedOrder();
              List<PostedEntry> entries = whole.entries();
              // Figures made after a few entries (or at once), then carried through every append.
              int makeAt = entries.isEmpty() ? 0 : (int) Math.floorMod(seed >> 1, entries.size());
              Ledger grown = Ledger.empty(whole.account());
              for (int i = 0; i < entries.size(); i++) {
                if (i == makeAt) {
                  grown.figures();
                }
                grown = grown.append(entries.get(i));
              }
              assertSameFigures(grown.figures(), Ledger.of(whole.account(), entries).figures());
            });
  }

  @Test
  void figuresOfALedgerGrownBeforeAnyWereMadeAreItsEntries() {
    LocalDate day = LocalDate.of(2026, 4, 1);
    Ledger ledger =
        Ledger.empty(AccountId.of("LF-3"))
            .append(
                new PostedEntry(
                    EntryId.of(1),
                    Charge.builder()
                        .chargeType(ChargeType.SERVICE_CHARGE)
                        .dateRaised(day)
                        .dueDate(day)
                        .amount(Money.ofPence(100))
                        .build()));
    Ledger appended =
        ledger.append(
            new PostedEntry(
                EntryId.of(2),
                Payment.builder()
                    .dateReceived(day)
                    .amount(Money.ofPence(40))
                    .method(PaymentMethod.DIRECT_DEBIT)
                    .reference("DD-1")
                    .build()));
    // Made on first use from the entries, as for any ledger.
    assertSameFigures(
        appended.figures(), Ledger.of(appended.account(), appended.entries()).figures());
    assertThat(appended.figures().pence(1)).isEqualTo(40);
  }

  private static void assertSameFigures(LedgerFigures actual, LedgerFigures expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.anyReversal()).isEqualTo(expected.anyReversal());
    assertThat(actual.allDaysKeyed()).isEqualTo(expected.allDaysKeyed());
    assertThat(actual.anyUnknown()).isEqualTo(expected.anyUnknown());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.role(i)).isEqualTo(expected.role(i));
      assertThat(actual.day(i)).isEqualTo(expected.day(i));
      assertThat(actual.dueDay(i)).isEqualTo(expected.dueDay(i));
      assertThat(actual.chargeType(i)).isEqualTo(expected.chargeType(i));
      assertThat(actual.pence(i)).isEqualTo(expected.pence(i));
      assertThat(actual.namesDemand(i)).isEqualTo(expected.namesDemand(i));
      assertThat(actual.reversedPosition(i)).isEqualTo(expected.reversedPosition(i));
    }
  }

  @Test
  void figuresAreMadeOnceAndKept() {
    qt().withExamples(20)
        .forAll(RandomLedger.ledgers(40))
        .checkAssert(
            random -> {
              Ledger ledger = random.inGeneratedOrder();
              assertThat(ledger.figures()).isSameAs(ledger.figures());
            });
  }

  @Test
  void aReversalOfAnIdNotOnTheLedgerHasNoPosition() {
    LocalDate day = LocalDate.of(2026, 4, 1);
    PostedEntry payment =
        new PostedEntry(
            EntryId.of(10),
            Payment.builder()
                .dateReceived(day)
                .amount(Money.ofPence(500))
                .method(PaymentMethod.DIRECT_DEBIT)
                .reference("DD1")
                .build());
    Reversal ofMissing =
        ImmutableReversal.copyOf(Reversal.of(payment, day, "returned")).withReverses(EntryId.of(7));
    Ledger ledger =
        Ledger.of(
            AccountId.of("LF-2"),
            List.of(
                payment,
                new PostedEntry(EntryId.of(12), Reversal.of(payment, day, "returned")),
                new PostedEntry(EntryId.of(15), ofMissing)));
    LedgerFigures figures = ledger.figures();
    assertThat(figures.reversedPosition(1)).isZero();
    assertThat(figures.reversedPosition(2)).isEqualTo(LedgerFigures.NOT_ON_LEDGER);
    assertThat(ledger.positionOf(EntryId.of(12))).isEqualTo(1);
    assertThat(ledger.positionOf(EntryId.of(11))).isEqualTo(LedgerFigures.NOT_ON_LEDGER);
  }

  private static int dayKey(LocalDate date) {
    return LedgerFigures.dayKey(date);
  }
}
