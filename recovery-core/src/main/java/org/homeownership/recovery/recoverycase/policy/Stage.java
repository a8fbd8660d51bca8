package org.homeownership.recovery.recoverycase.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;

/**
 * One rung of a recovery ladder.
 *
 * @param code the stage's code, as arrangements and the case history name it (such as {@code
 *     REMINDER_2})
 * @param name the stage's name as an officer reads it
 * @param action what the stage does
 * @param templateCode the letter or notice template it sends, if it sends one
 * @param conditions when it may be entered
 * @param issuesNotice true if it sends a notice: such a stage is never skipped
 * @param needsApproval true if an officer must approve the step before it is taken
 * @param source where the stage and its figures come from (a council's published practice or a
 *     section of LAW-AND-PRACTICE.md)
 */
public record Stage(
    StageReference code,
    String name,
    StageAction action,
    Optional<String> templateCode,
    EntryConditions conditions,
    boolean issuesNotice,
    boolean needsApproval,
    String source) {

  /** Checks every part is given and a notice stage names its template. */
  public Stage {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(action, "action");
    requireNonNull(templateCode, "templateCode");
    requireNonNull(conditions, "conditions");
    requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("stage " + code + " has no source");
    }
  }
}
