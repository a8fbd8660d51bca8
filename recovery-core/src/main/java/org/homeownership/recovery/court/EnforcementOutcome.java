package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * What came of an enforcement application.
 *
 * @param on the day of the outcome
 * @param kind what it was
 * @param recovered what it recovered, if anything
 */
public record EnforcementOutcome(LocalDate on, Kind kind, Money recovered) {

  /** Checks every part is given and the amount recovered is not negative. */
  public EnforcementOutcome {
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
    requireNonNull(recovered, "recovered");
    if (recovered.isNegative()) {
      throw new IllegalArgumentException("amount recovered is negative: " + recovered);
    }
  }

  /** The kinds of outcome. */
  public enum Kind {
    /** The court made the order or issued the warrant. */
    ORDER_MADE,
    /** The court refused the application. */
    REFUSED,
    /** The council withdrew it. */
    WITHDRAWN,
    /** The judgment was paid in full under it. */
    PAID_IN_FULL,
    /** It was carried out and recovered nothing or not all. */
    UNSUCCESSFUL
  }
}
