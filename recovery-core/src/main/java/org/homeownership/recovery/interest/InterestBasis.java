package org.homeownership.recovery.interest;

/** What entitles the council to interest, as the particulars of claim state it (CPR 16.4(2)). */
public enum InterestBasis {
  /** Simple interest at the court's discretion under County Courts Act 1984 s.69 (§6.5). */
  STATUTORY_SECTION_69("County Courts Act 1984 s.69"),
  /** Interest under the lease's interest clause: the contract's rate (§6.5, §3.4). */
  CONTRACTUAL_LEASE("the lease's interest clause");

  private final String citation;

  InterestBasis(String citation) {
    this.citation = citation;
  }

  /** The basis in words, such as {@code County Courts Act 1984 s.69}. */
  public String citation() {
    return citation;
  }
}
