package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Who approved an arrangement and when.
 *
 * @param approvedBy the approving officer: the maker when no second approval was needed
 * @param approvedOn the day of approval
 * @param bySecondOfficer true if the policy required a second officer, who is not the maker
 */
public record Approval(OfficerId approvedBy, LocalDate approvedOn, boolean bySecondOfficer) {

  /** Checks the parts are given. */
  public Approval {
    requireNonNull(approvedBy, "approvedBy");
    requireNonNull(approvedOn, "approvedOn");
  }
}
