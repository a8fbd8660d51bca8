package org.homeownership.recovery.affordability;

import java.util.Set;
import org.homeownership.recovery.config.EffectiveDated;
import org.immutables.value.Value;

/**
 * What the council checks in an income and expenditure statement: the SFS spending guidelines in
 * force on each date, and which categories are essentials that a real household cannot have at
 * zero. Both are configuration; an example is in {@code docs/arrangements.md}.
 */
@Value.Immutable
public abstract class VerificationPolicy {

  VerificationPolicy() {}

  /** A new builder. */
  public static ImmutableVerificationPolicy.Builder builder() {
    return ImmutableVerificationPolicy.builder();
  }

  /** The SFS spending guidelines, one version per year, with their source. */
  public abstract EffectiveDated<SpendingGuidelines> spendingGuidelines();

  /** The categories that must be declared above zero, such as home costs, utilities and food. */
  public abstract Set<SfsCategory> essentials();
}
