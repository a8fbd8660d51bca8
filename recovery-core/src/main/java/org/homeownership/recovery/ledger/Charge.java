package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A sum demanded: a service charge instalment, a balancing charge, major works, heating, rent,
 * ground rent, an administration charge or a sundry debt. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Charge implements DebitEntry {

  Charge() {}

  /** A new builder. */
  public static ImmutableCharge.Builder builder() {
    return ImmutableCharge.builder();
  }

  @Override
  public abstract ChargeType chargeType();

  /** The period the charge covers, such as a service charge year or a quarter, if any. */
  public abstract Optional<DateRange> periodCovered();

  /** The day the charge was raised; it counts in the balance from this day. */
  public abstract LocalDate dateRaised();

  @Override
  public abstract LocalDate dueDate();

  @Override
  public abstract Optional<String> demandReference();

  @Override
  public abstract Money amount();

  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final EntryKind kind() {
    return EntryKind.CHARGE;
  }

  @Override
  public final LocalDate date() {
    return dateRaised();
  }

  @Override
  public String description() {
    return chargeType().displayName()
        + periodCovered().map(period -> " " + period.describe()).orElse("");
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
  }
}
