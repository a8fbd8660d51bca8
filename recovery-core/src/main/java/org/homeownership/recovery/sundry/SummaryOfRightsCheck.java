package org.homeownership.recovery.sundry;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether a sundry demand may be enforced as it stands: an administration charge demand without the
 * summary of rights and obligations may be withheld by the tenant (CLRA 2002 Sch 11 para 4,
 * LAW-AND-PRACTICE.md §1.6).
 *
 * @param status the outcome
 * @param reasons why, citing Sch 11 where it applies
 */
public record SummaryOfRightsCheck(Status status, List<String> reasons) {

  /** The outcomes of the check. */
  public enum Status {
    /** Not an administration charge: Sch 11 does not apply. */
    NOT_AN_ADMINISTRATION_CHARGE,
    /** An administration charge demanded with the summary of rights: payable. */
    PAYABLE,
    /**
     * An administration charge demanded without the summary: the tenant may withhold payment until
     * a demand with the summary is served; no recovery step should count it.
     */
    WITHHELD
  }

  /** Checks every part is given and copies the reasons. */
  public SummaryOfRightsCheck {
    requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty");
    }
  }

  /** True unless the tenant may withhold payment. */
  public boolean payable() {
    return status != Status.WITHHELD;
  }
}
