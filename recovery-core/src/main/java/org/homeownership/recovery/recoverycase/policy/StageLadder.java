package org.homeownership.recovery.recoverycase.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.money.Money;

/**
 * The ordered stages for one debt stream, and what happens when the debt falls.
 *
 * @param stream the debt stream
 * @param stages the stages in the order a case climbs them; codes unique; not empty
 * @param closeAtOrBelow the case closes when the counted arrears are at or below this (usually
 *     zero)
 * @param stepBackBelowThreshold true if, when the counted arrears fall below the current stage's
 *     minimum, the case steps back to the highest earlier stage whose minimum they still meet;
 *     false if it stays where it is and waits
 */
public record StageLadder(
    DebtStream stream,
    ImmutableList<Stage> stages,
    Money closeAtOrBelow,
    boolean stepBackBelowThreshold) {

  /** Checks the ladder is not empty and its codes are unique. */
  public StageLadder {
    requireNonNull(stream, "stream");
    requireNonNull(stages, "stages");
    requireNonNull(closeAtOrBelow, "closeAtOrBelow");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("the ladder for " + stream + " has no stages");
    }
    if (closeAtOrBelow.isNegative()) {
      throw new IllegalArgumentException("closure threshold is negative: " + closeAtOrBelow);
    }
    Set<StageReference> codes = new HashSet<>();
    for (Stage stage : stages) {
      if (!codes.add(stage.code())) {
        throw new IllegalArgumentException("stage code " + stage.code() + " appears twice");
      }
    }
  }

  /** The position of the stage with {@code code}, if the ladder has it. */
  public OptionalInt indexOf(StageReference code) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).code().equals(code)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The stage with {@code code}, if the ladder has it. */
  public Optional<Stage> find(StageReference code) {
    OptionalInt index = indexOf(code);
    return index.isPresent() ? Optional.of(stages.get(index.getAsInt())) : Optional.empty();
  }
}
