package org.homeownership.recovery.allocation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * Part of a charge paid by one credit.
 *
 * @param credit the payment, credit or write-off
 * @param date the later of the credit's date and the charge's date: when the charge was paid
 * @param amount how much of the charge it paid; above zero
 */
public record Settlement(EntryId credit, LocalDate date, Money amount) {

  /** Checks every part is given. */
  public Settlement {
    requireNonNull(credit, "credit");
    requireNonNull(date, "date");
    requireNonNull(amount, "amount");
  }
}
