package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.ledger.Charge;

/**
 * What a ground rent notice raises: the charge to post if the notice is valid under s.166, or none
 * with the reasons, since ground rent is not payable before the date a valid notice gives
 * (LAW-AND-PRACTICE.md §5.1).
 *
 * @param notice the notice checked
 * @param check the s.166 check with its reasons
 * @param charge the ground rent charge, present only when the notice is valid
 * @param explanation every figure behind the charge, one line each
 */
public record GroundRentDemand(
    GroundRentNotice notice,
    Section166Check check,
    Optional<Charge> charge,
    List<String> explanation) {

  /** Checks every part is given and that a charge is present exactly when the notice is valid. */
  public GroundRentDemand {
    requireNonNull(notice, "notice");
    requireNonNull(check, "check");
    requireNonNull(charge, "charge");
    explanation = List.copyOf(explanation);
    if (charge.isPresent() != check.valid()) {
      throw new IllegalArgumentException("charge must be present exactly when the notice is valid");
    }
  }
}
