package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A debt the council has decided not to pursue, with the reason and who authorised it. A write-off
 * can later be reinstated by reversing it. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class WriteOff implements CreditEntry {

  WriteOff() {}

  /** A new builder. */
  public static ImmutableWriteOff.Builder builder() {
    return ImmutableWriteOff.builder();
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract Money amount();

  /** Why the debt was written off. */
  public abstract WriteOffReason reason();

  /** The reference of the officer or body that authorised the write-off. */
  public abstract String authorisedBy();

  @Override
  public abstract Optional<String> allocateTo();

  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final EntryKind kind() {
    return EntryKind.WRITE_OFF;
  }

  @Override
  public String description() {
    return "Write-off: " + reason().displayName();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "authorisedBy", authorisedBy());
  }
}
