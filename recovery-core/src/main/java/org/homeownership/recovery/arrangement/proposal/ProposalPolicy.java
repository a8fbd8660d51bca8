package org.homeownership.recovery.arrangement.proposal;

import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.immutables.value.Value;

/**
 * A council's instalment terms by debt type, for residents and (where they differ) for non-resident
 * leaseholders. Held as effective-dated configuration; example policies for RBKC and Harrow are in
 * the tests and in {@code docs/arrangements.md}.
 */
@Value.Immutable
public abstract class ProposalPolicy {

  ProposalPolicy() {}

  /** A new builder. */
  public static ImmutableProposalPolicy.Builder builder() {
    return ImmutableProposalPolicy.builder();
  }

  /** The terms for resident leaseholders (and for everyone, where no other terms are given). */
  public abstract Map<DebtStream, DebtTypeTerms> residentTerms();

  /** The terms for non-resident leaseholders where they differ from residents'. */
  public abstract Map<DebtStream, DebtTypeTerms> nonResidentTerms();

  /** The terms for {@code stream} and {@code residency}, if the council offers any. */
  public Optional<DebtTypeTerms> terms(DebtStream stream, Residency residency) {
    if (residency == Residency.NON_RESIDENT && nonResidentTerms().containsKey(stream)) {
      return Optional.of(nonResidentTerms().get(stream));
    }
    return Optional.ofNullable(residentTerms().get(stream));
  }
}
