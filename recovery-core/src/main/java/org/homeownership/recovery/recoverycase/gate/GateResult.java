package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * What a statutory gate found.
 *
 * @param gate the gate's name
 * @param citation the law and the section of LAW-AND-PRACTICE.md
 * @param open true if the action may go ahead
 * @param checks each check with its figures
 * @param earliestOpen when the gate opens if nothing else changes; empty if it is open or no date
 *     can be known (a document still to be sent, a determination still to be made)
 */
public record GateResult(
    String gate,
    String citation,
    boolean open,
    ImmutableList<ConditionCheck> checks,
    Optional<LocalDate> earliestOpen) {

  /** Checks every part is given. */
  public GateResult {
    requireNonNull(gate, "gate");
    requireNonNull(citation, "citation");
    requireNonNull(checks, "checks");
    requireNonNull(earliestOpen, "earliestOpen");
  }

  /** The result in lines: the gate, then each check. */
  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append("gate ")
            .append(gate)
            .append(" (")
            .append(citation)
            .append("): ")
            .append(open ? "open" : "closed")
            .append(earliestOpen.map(d -> ", opens " + d).orElse(""));
    checks.forEach(c -> text.append("\n    ").append(c.describe()));
    return text.toString();
  }
}
