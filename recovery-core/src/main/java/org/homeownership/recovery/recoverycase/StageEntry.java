package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;

/**
 * One move in a case's history.
 *
 * @param stage the stage the case is at after the move; empty if at none (stepped back below the
 *     first stage, or closed)
 * @param on the day of the move; the next stage's interval runs from it
 * @param move how
 */
public record StageEntry(Optional<StageReference> stage, LocalDate on, StageMove move) {

  /** Checks every part is given. */
  public StageEntry {
    requireNonNull(stage, "stage");
    requireNonNull(on, "on");
    requireNonNull(move, "move");
  }
}
