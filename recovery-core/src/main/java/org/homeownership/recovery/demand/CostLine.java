package org.homeownership.recovery.demand;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A cost taken into account in a service charge demand, with the dates s.20B turns on. Build one
 * with {@link #builder()}.
 */
@Value.Immutable
public abstract class CostLine {

  CostLine() {}

  /** A new builder. */
  public static ImmutableCostLine.Builder builder() {
    return ImmutableCostLine.builder();
  }

  /** What the cost is, such as a contractor's invoice for lift repairs. */
  public abstract String description();

  /** The tenant's share of the cost demanded. */
  public abstract Money share();

  /** The date the cost was invoiced to the council. */
  public abstract LocalDate invoicedOn();

  /** The date the council paid it, if it has. */
  public abstract Optional<LocalDate> paidOn();

  /**
   * The date of a s.20B(2) notice telling the tenant the cost had been incurred and would be
   * charged, if one was given. It must state the costs actually incurred (Brent LBC v Shulem B).
   */
  public abstract Optional<LocalDate> section20bNoticeOn();
}
