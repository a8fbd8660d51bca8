package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A correction that increases what is owed, such as a charge raised too low. It is due on its date
 * unless a due date is given. A correction that reduces what is owed is a {@link Credit}. Build one
 * with {@link #builder()}.
 */
@Value.Immutable
public abstract class Adjustment implements DebitEntry {

  Adjustment() {}

  /** A new builder. */
  public static ImmutableAdjustment.Builder builder() {
    return ImmutableAdjustment.builder();
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract Money amount();

  /** What the adjustment is for; it is allocated and aged as this type. */
  @Override
  public abstract ChargeType chargeType();

  /** Why the adjustment was made, as it reads on a statement. */
  public abstract String reason();

  @Override
  @Value.Default
  public LocalDate dueDate() {
    return date();
  }

  @Override
  public abstract Optional<String> demandReference();

  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final EntryKind kind() {
    return EntryKind.ADJUSTMENT;
  }

  @Override
  public String description() {
    return "Adjustment (" + chargeType().displayName() + "): " + reason();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "reason", reason());
  }
}
