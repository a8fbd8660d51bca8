package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;

/**
 * Builds a ledger from lines that read like a statement, one entry a line, posted in the order
 * written. Each entry has a reference; a reversal names the reference of the entry it reverses.
 *
 * <pre>
 * charge   SC-Q1 service_charge raised 2025-04-01 due 2025-04-01 300.00
 * adjust   ADJ-1 service_charge 2025-05-01 12.00
 * payment  P1 2025-04-10 150.00 [to SC-Q1]
 * credit   CR-1 2025-09-30 40.00
 * writeoff WO-1 2025-10-01 10.00
 * refund   RF-1 2025-10-02 5.00
 * reverse  P1 2025-04-20
 * </pre>
 */
public final class LedgerScript {

  private final Map<String, PostedEntry> byReference = new HashMap<>();
  private Ledger ledger;
  private long nextId = 1;

  private LedgerScript(AccountId account) {
    this.ledger = Ledger.empty(account);
  }

  /** The ledger that {@code script} describes, on account {@code SC-1}. */
  public static Ledger ledger(String script) {
    LedgerScript builder = new LedgerScript(AccountId.of("SC-1"));
    script.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(builder::post);
    return builder.ledger;
  }

  /** The entry parsed from one line, without posting it; reversals cannot be parsed alone. */
  public static LedgerEntry entry(String line) {
    return new LedgerScript(AccountId.of("SC-1")).parse(line.strip().split("\\s+"));
  }

  private void post(String line) {
    String[] words = line.split("\\s+");
    LedgerEntry entry = parse(words);
    if (ledger.check(entry).isPresent()) {
      return;
    }
    PostedEntry posted = new PostedEntry(EntryId.of(nextId++), entry);
    ledger = ledger.append(posted);
    byReference.put(words[1], posted);
  }

  private LedgerEntry parse(String[] w) {
    switch (w[0]) {
      case "charge":
        return Charge.builder()
            .demandReference(w[1])
            .chargeType(ChargeType.valueOf(w[2].toUpperCase(Locale.ROOT)))
            .dateRaised(LocalDate.parse(w[4]))
            .dueDate(LocalDate.parse(w[6]))
            .amount(Money.parse(w[7]))
            .build();
      case "adjust":
        return Adjustment.builder()
            .demandReference(w[1])
            .chargeType(ChargeType.valueOf(w[2].toUpperCase(Locale.ROOT)))
            .date(LocalDate.parse(w[3]))
            .amount(Money.parse(w[4]))
            .reason("correction")
            .build();
      case "payment":
        ImmutablePayment.Builder payment =
            Payment.builder()
                .reference(w[1])
                .dateReceived(LocalDate.parse(w[2]))
                .amount(Money.parse(w[3]))
                .method(PaymentMethod.BANK_TRANSFER);
        if (w.length > 5 && w[4].equals("to")) {
          payment.allocateTo(w[5]);
        }
        return payment.build();
      case "credit":
        return Credit.builder()
            .externalReference(w[1])
            .date(LocalDate.parse(w[2]))
            .amount(Money.parse(w[3]))
            .reason("year-end balancing credit")
            .build();
      case "writeoff":
        return WriteOff.builder()
            .externalReference(w[1])
            .date(LocalDate.parse(w[2]))
            .amount(Money.parse(w[3]))
            .reason(WriteOffReason.UNECONOMICAL_TO_PURSUE)
            .authorisedBy("income-manager")
            .build();
      case "refund":
        return Refund.builder()
            .externalReference(w[1])
            .date(LocalDate.parse(w[2]))
            .amount(Money.parse(w[3]))
            .method(PaymentMethod.BANK_TRANSFER)
            .reason("overpayment returned")
            .build();
      case "reverse":
        PostedEntry target = byReference.get(w[1]);
        if (target == null) {
          throw new IllegalArgumentException("no entry with reference " + w[1] + " to reverse");
        }
        return Reversal.of(target, LocalDate.parse(w[2]), "returned unpaid");
      default:
        throw new IllegalArgumentException("unknown entry in ledger script: " + w[0]);
    }
  }
}
