package org.homeownership.recovery.affordability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The result of checking an income and expenditure statement: the surplus, every flag, and the
 * flags no recorded evidence answers yet.
 *
 * @param surplus the monthly surplus
 * @param flags every flag, in the order checked
 * @param evidence the evidence officers recorded as seen
 */
public record Verification(
    MonthlySurplus surplus,
    ImmutableList<VerificationFlag> flags,
    ImmutableList<EvidenceSeen> evidence) {

  /** Checks every part is given. */
  public Verification {
    requireNonNull(surplus, "surplus");
    requireNonNull(flags, "flags");
    requireNonNull(evidence, "evidence");
  }

  /**
   * The flags that no recorded evidence answers: evidence for a category answers that category's
   * flags; evidence for the whole statement answers every flag.
   */
  public ImmutableList<VerificationFlag> unanswered() {
    return flags.stream()
        .filter(flag -> evidence.stream().noneMatch(seen -> seen.supports(flag.category())))
        .collect(ImmutableList.toImmutableList());
  }

  /** True if there are no flags, or evidence answers every one. */
  public boolean isVerified() {
    return unanswered().isEmpty();
  }
}
