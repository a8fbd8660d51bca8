package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.officer.OfficerId;

/**
 * One step in a write-off's history, kept for ever: the day, the state entered, the officer who
 * took the step (empty for an automatic authorisation) and why.
 *
 * @param on the day
 * @param state the state entered
 * @param by the officer; empty when the step was automatic
 * @param reason why, in plain words
 */
public record WriteOffStep(
    LocalDate on, WriteOffState state, Optional<OfficerId> by, String reason) {

  /** Checks the parts are given and the reason is not blank. */
  public WriteOffStep {
    requireNonNull(on, "on");
    requireNonNull(state, "state");
    requireNonNull(by, "by");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a write-off step needs a reason");
    }
  }

  /** The step in plain words, such as {@code 2025-03-01 AUTHORISED by HO-0007: ...}. */
  public String describe() {
    return on + " " + state + " by " + by.map(OfficerId::value).orElse("automatic") + ": " + reason;
  }
}
