package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A random but valid ledger for property tests: charges of every type, payments (some aimed at a
 * demand), credits, write-offs, refunds, debit adjustments, and reversals of some payments and
 * charges, over two years from 1 April 2025. Every entry has a unique reference, so the same
 * entries can be posted in any order.
 */
public final class RandomLedger {

  /** The first day entries can fall on. */
  public static final LocalDate START = LocalDate.of(2025, 4, 1);

  private final List<LedgerEntry> entries = new ArrayList<>();
  private final List<String[]> reversals = new ArrayList<>();

  /** Ledgers of up to {@code maxEntries} entries, from random seeds. */
  public static Gen<RandomLedger> ledgers(int maxEntries) {
    return SourceDSL.longs()
        .all()
        .zip(SourceDSL.integers().between(0, maxEntries), RandomLedger::new)
        .describedAs(r -> r.entries.size() + " entries, " + r.reversals.size() + " reversals");
  }

  private RandomLedger(long seed, int size) {
    Random random = new Random(seed);
    ChargeType[] types = ChargeType.values();
    List<String> demands = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate date = START.plusDays(random.nextInt(730));
      long pence =
          1 + (random.nextInt(10) == 0 ? random.nextInt(5_000_000) : random.nextInt(60_000));
      Money amount = Money.ofPence(pence);
      int kind = random.nextInt(20);
      String ref = "R" + i;
      if (kind < 8) {
        ChargeType type = types[random.nextInt(types.length - 1)]; // not REFUND
        entries.add(
            Charge.builder()
                .chargeType(type)
                .dateRaised(date)
                .dueDate(date.plusDays(random.nextInt(45)))
                .demandReference(ref)
                .amount(amount)
                .build());
        demands.add(ref);
      } else if (kind < 15) {
        ImmutablePayment.Builder payment =
            Payment.builder()
                .dateReceived(date)
                .amount(amount)
                .method(PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)])
                .reference(ref);
        if (!demands.isEmpty() && random.nextInt(4) == 0) {
          payment.allocateTo(demands.get(random.nextInt(demands.size())));
        }
        entries.add(payment.build());
      } else if (kind == 15) {
        entries.add(
            Credit.builder()
                .date(date)
                .amount(amount)
                .reason("credit")
                .externalReference(ref)
                .build());
      } else if (kind == 16) {
        entries.add(
            WriteOff.builder()
                .date(date)
                .amount(amount)
                .reason(WriteOffReason.UNTRACED)
                .authorisedBy("officer")
                .externalReference(ref)
                .build());
      } else if (kind == 17) {
        entries.add(
            Refund.builder()
                .date(date)
                .amount(amount)
                .method(PaymentMethod.CHEQUE)
                .reason("refund")
                .externalReference(ref)
                .build());
      } else {
        entries.add(
            Adjustment.builder()
                .date(date)
                .amount(amount)
                .chargeType(ChargeType.ADMINISTRATION_CHARGE)
                .reason("adjustment")
                .demandReference(ref)
                .externalReference(ref)
                .build());
      }
    }
    for (LedgerEntry entry : entries) {
      if ((entry.kind() == EntryKind.PAYMENT || entry.kind() == EntryKind.CHARGE)
          && random.nextInt(8) == 0) {
        reversals.add(
            new String[] {reference(entry), entry.date().plusDays(random.nextInt(60)).toString()});
      }
    }
  }

  /** The entries posted in the order they were generated. */
  public Ledger inGeneratedOrder() {
    return post(new ArrayList<>(entries), new ArrayList<>(reversals));
  }

  /** The same entries posted in another order (each reversal still after what it reverses). */
  public Ledger inShuffledOrder(long seed) {
    List<LedgerEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed));
    List<String[]> shuffledReversals = new ArrayList<>(reversals);
    Collections.shuffle(shuffledReversals, new Random(seed + 1));
    return post(shuffled, shuffledReversals);
  }

  /** The reference that identifies an entry of this ledger across posting orders. */
  public static String reference(LedgerEntry entry) {
    if (entry instanceof DebitEntry debit && debit.demandReference().isPresent()) {
      return debit.demandReference().get();
    }
    return entry.externalReference().orElseThrow();
  }

  private static Ledger post(List<LedgerEntry> entries, List<String[]> reversals) {
    Ledger ledger = Ledger.empty(AccountId.of("SC-RANDOM"));
    Map<String, PostedEntry> byReference = new HashMap<>();
    long id = 1;
    for (LedgerEntry entry : entries) {
      PostedEntry posted = new PostedEntry(EntryId.of(id++), entry);
      ledger = ledger.append(posted);
      byReference.put(reference(entry), posted);
    }
    for (String[] reversal : reversals) {
      Reversal entry =
          Reversal.of(byReference.get(reversal[0]), LocalDate.parse(reversal[1]), "reversed");
      ledger.check(entry);
      ledger = ledger.append(new PostedEntry(EntryId.of(id++), entry));
    }
    return ledger;
  }
}
