package org.homeownership.recovery.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/** The packed form of a ledger holds exactly what its entry objects say. */
class PackedEntriesTest {

  @Test
  void everyPackedFigureIsTheEntrysOwn() {
    qt().forAll(RandomLedger.ledgers(120), longs().all())
        .checkAssert(
            (random, seed) -> {
              Ledger ledger = random.inShuffledOrder(seed);
              PackedEntries packed = ledger.packed();
              List<PostedEntry> entries = ledger.entries();
              assertThat(packed.size()).isEqualTo(entries.size());
              boolean anyReversal = false;
              for (int i = 0; i < entries.size(); i++) {
                PostedEntry posted = entries.get(i);
                LedgerEntry entry = posted.entry();
                assertThat(packed.id(i)).isEqualTo(posted.id());
                assertThat(packed.entry(i)).isSameAs(entry);
                assertThat(packed.day(i)).isEqualTo(entry.date().toEpochDay());
                assertThat(packed.pence(i)).isEqualTo(entry.amount().pence());
                assertThat(packed.kind(i)).isEqualTo(entry.kind());
                assertThat(packed.kindOrdinal(i)).isEqualTo(entry.kind().ordinal());
                if (entry instanceof DebitEntry debit) {
                  assertThat(packed.shape(i)).isEqualTo(PackedEntries.DEBIT);
                  assertThat(packed.dueDay(i)).isEqualTo(debit.dueDate().toEpochDay());
                  assertThat(packed.chargeType(i)).isEqualTo(debit.chargeType());
                  assertThat(packed.reverses(i)).isEqualTo(-1);
                } else if (entry instanceof CreditEntry) {
                  assertThat(packed.shape(i)).isEqualTo(PackedEntries.CREDIT);
                  assertThat(packed.reverses(i)).isEqualTo(-1);
                } else {
                  Reversal reversal = (Reversal) entry;
                  anyReversal = true;
                  assertThat(packed.shape(i)).isEqualTo(PackedEntries.REVERSAL);
                  assertThat(entries.get(packed.reverses(i)).id()).isEqualTo(reversal.reverses());
                }
              }
              assertThat(packed.hasReversals()).isEqualTo(anyReversal);
              assertThat(ledger.packed()).isSameAs(packed);
            });
  }

  @Test
  void aReversalOfAnEntryNotOnTheLedgerNamesNoPosition() {
    Charge charge =
        Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .dateRaised(LocalDate.of(2025, 6, 1))
            .dueDate(LocalDate.of(2025, 6, 24))
            .amount(Money.ofPence(12_500))
            .build();
    PostedEntry first = new PostedEntry(EntryId.of(10), charge);
    PostedEntry elsewhere = new PostedEntry(EntryId.of(15), charge);
    Ledger ledger =
        Ledger.of(
            AccountId.of("SC-1"),
            List.of(
                first,
                new PostedEntry(
                    EntryId.of(20), Reversal.of(elsewhere, LocalDate.of(2025, 7, 1), "error")),
                new PostedEntry(
                    EntryId.of(30), Reversal.of(first, LocalDate.of(2025, 7, 2), "error"))));

    PackedEntries packed = ledger.packed();

    assertThat(packed.reverses(0)).isEqualTo(-1);
    assertThat(packed.reverses(1)).isEqualTo(-1);
    assertThat(packed.reverses(2)).isEqualTo(0);
    assertThat(packed.hasReversals()).isTrue();
    assertThat(packed.dueDay(1)).isZero();
  }

  @Test
  void aLedgerWithoutReversalsHasNone() {
    Ledger ledger = Ledger.empty(AccountId.of("SC-2"));
    assertThat(ledger.packed().size()).isZero();
    assertThat(ledger.packed().hasReversals()).isFalse();
  }
}
