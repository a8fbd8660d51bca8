package org.homeownership.recovery.servicecharge;

/**
 * Who bears the pence left over when a head is shared. No UK source fixes this
 * (LAW-AND-PRACTICE.md, Appendix A item 1); the rule used is named on every audit line.
 */
public enum ResidueRule {
  /**
   * Each leaseholder's share is rounded half-up and the council's tenanted pool bears the residue.
   * Where the pool has no tenanted dwellings, largest remainder applies instead.
   */
  COUNCIL_BEARS,
  /** Largest remainder over the leaseholders and the council's tenanted pool together. */
  LARGEST_REMAINDER
}
