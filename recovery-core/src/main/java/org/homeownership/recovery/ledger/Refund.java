package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * Money paid back to the debtor, usually an overpayment. It is a debit: it uses up credit on the
 * account. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Refund implements DebitEntry {

  Refund() {}

  /** A new builder. */
  public static ImmutableRefund.Builder builder() {
    return ImmutableRefund.builder();
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract Money amount();

  /** How the refund was paid. */
  public abstract PaymentMethod method();

  /** Why the refund was made. */
  public abstract String reason();

  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final ChargeType chargeType() {
    return ChargeType.REFUND;
  }

  @Override
  public final LocalDate dueDate() {
    return date();
  }

  @Override
  public final Optional<String> demandReference() {
    return Optional.empty();
  }

  @Override
  public final EntryKind kind() {
    return EntryKind.REFUND;
  }

  @Override
  public String description() {
    return "Refund by " + method().displayName() + ": " + reason();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "reason", reason());
  }
}
