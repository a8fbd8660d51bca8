package org.homeownership.recovery.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One line of a statement of account.
 *
 * @param date the entry's date
 * @param entryId the entry's id in the ledger
 * @param kind the kind of entry
 * @param description what the entry is
 * @param reference the demand or payment reference, if any
 * @param debit the amount added to the balance, or zero
 * @param credit the amount taken off the balance, or zero
 * @param balance the running balance after this line
 */
public record StatementLine(
    LocalDate date,
    EntryId entryId,
    EntryKind kind,
    String description,
    Optional<String> reference,
    Money debit,
    Money credit,
    Money balance) {

  /** Checks every part is given. */
  public StatementLine {
    requireNonNull(date, "date");
    requireNonNull(entryId, "entryId");
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
    requireNonNull(reference, "reference");
    requireNonNull(debit, "debit");
    requireNonNull(credit, "credit");
    requireNonNull(balance, "balance");
  }

  static StatementLine of(PostedEntry posted, Money balance) {
    LedgerEntry entry = posted.entry();
    boolean debit = entry.direction() == Direction.DEBIT;
    Optional<String> reference =
        entry instanceof DebitEntry d && d.demandReference().isPresent()
            ? d.demandReference()
            : entry.externalReference();
    return new StatementLine(
        entry.date(),
        posted.id(),
        entry.kind(),
        entry.description(),
        reference,
        debit ? entry.amount() : Money.ZERO,
        debit ? Money.ZERO : entry.amount(),
        balance);
  }
}
