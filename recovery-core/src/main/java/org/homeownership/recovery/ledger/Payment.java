package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * Money received. Its external reference (the bank, card or Direct Debit reference) is required: it
 * is what makes posting a payment file twice safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Payment implements CreditEntry {

  Payment() {}

  /** A new builder. */
  public static ImmutablePayment.Builder builder() {
    return ImmutablePayment.builder();
  }

  /** The day the money was received. */
  public abstract LocalDate dateReceived();

  @Override
  public abstract Money amount();

  /** How it was paid. */
  public abstract PaymentMethod method();

  /** The payment's reference in the bank, card or Direct Debit file. */
  public abstract String reference();

  @Override
  public abstract Optional<String> allocateTo();

  @Override
  public final Optional<String> externalReference() {
    return Optional.of(reference());
  }

  @Override
  public final EntryKind kind() {
    return EntryKind.PAYMENT;
  }

  @Override
  public final LocalDate date() {
    return dateReceived();
  }

  @Override
  public String description() {
    return "Payment by " + method().displayName();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "reference", reference());
  }
}
