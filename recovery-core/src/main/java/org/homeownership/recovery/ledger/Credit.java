package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A reduction of what is owed without money received: a year-end balancing credit, a correction of
 * a charge raised too high, a reduction ordered by a tribunal. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Credit implements CreditEntry {

  Credit() {}

  /** A new builder. */
  public static ImmutableCredit.Builder builder() {
    return ImmutableCredit.builder();
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract Money amount();

  /** Why the credit was given, as it reads on a statement. */
  public abstract String reason();

  @Override
  public abstract Optional<String> allocateTo();

  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final EntryKind kind() {
    return EntryKind.CREDIT;
  }

  @Override
  public String description() {
    return "Credit: " + reason();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "reason", reason());
  }
}
