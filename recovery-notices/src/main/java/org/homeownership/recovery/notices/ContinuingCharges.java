package org.homeownership.recovery.notices;

import org.jspecify.annotations.Nullable;

/**
 * Whether interest or other charges continue to be added to a debt after a letter of claim, which
 * the letter must state (LAW-AND-PRACTICE.md §6.2). Where they do, the basis is stated: the lease's
 * interest clause or County Courts Act 1984 s.69, and the rate (§6.5). Interest is never added
 * during a breathing space or while a demand lacks the s.21B summary (§1.4, §7.4).
 *
 * @param interest true if interest continues to be added; missing until the council says
 * @param interestBasis how, if it does: the basis and rate, such as "under clause 4(2) of your
 *     lease at 4% a year above the Bank of England base rate"
 * @param otherCharges true if other charges (such as administration charges) continue to be added
 * @param otherChargesBasis which, if they do
 */
public record ContinuingCharges(
    @Nullable Boolean interest,
    @Nullable String interestBasis,
    @Nullable Boolean otherCharges,
    @Nullable String otherChargesBasis) {

  /** Neither interest nor other charges continue. */
  public static ContinuingCharges none() {
    return new ContinuingCharges(false, null, false, null);
  }
}
