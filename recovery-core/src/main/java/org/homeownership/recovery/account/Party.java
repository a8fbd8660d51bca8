package org.homeownership.recovery.account;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation liable for the debt on an account. Personal data: the name and contact
 * details are redacted from {@code toString}.
 *
 * <p>Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /** A new builder. */
  public static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  /** The council's reference for the party. */
  public abstract PartyId id();

  /** Why the party owes the debt. */
  public abstract PartyRole role();

  /** The name to write to, as it appears on the lease or the debt record. */
  @Value.Redacted
  public abstract String name();

  /** An email address, if the party has given one. */
  @Value.Redacted
  public abstract Optional<String> email();

  /** A telephone number, if the party has given one. */
  @Value.Redacted
  public abstract Optional<String> telephone();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("party " + id() + " has a blank name");
    }
  }
}
