package org.homeownership.recovery.demand;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a cost counts as incurred for s.20B: on presentation of an invoice or on payment, not when
 * the work was done (OM Property Management Ltd v Burr [2013] EWCA Civ 479; LAW-AND-PRACTICE.md
 * §1.3).
 */
public enum IncurredDateRule {
  /** The earlier of the invoice date and the payment date (the reference's default). */
  EARLIER_OF_INVOICE_AND_PAYMENT,
  /** The invoice date. */
  INVOICE,
  /** The payment date, or the invoice date while unpaid. */
  PAYMENT;

  /** The day a cost invoiced on {@code invoiced} and paid on {@code paid} counts as incurred. */
  public LocalDate incurredOn(LocalDate invoiced, Optional<LocalDate> paid) {
    return switch (this) {
      case INVOICE -> invoiced;
      case PAYMENT -> paid.orElse(invoiced);
      case EARLIER_OF_INVOICE_AND_PAYMENT ->
          paid.filter(p -> p.isBefore(invoiced)).orElse(invoiced);
    };
  }
}
