package org.homeownership.recovery.recoverycase.hold;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/** What the breathing space rules decided about a moratorium notified to the council. */
public sealed interface BreathingSpaceOutcome {

  /** The checks made, with their figures. */
  ImmutableList<ConditionCheck> checks();

  /**
   * The moratorium is recorded as a hold.
   *
   * @param hold the hold, with its dates
   * @param checks the checks made
   */
  record Started(Hold.BreathingSpace hold, ImmutableList<ConditionCheck> checks)
      implements BreathingSpaceOutcome {
    /** Checks every part is given. */
    public Started {
      requireNonNull(hold, "hold");
      requireNonNull(checks, "checks");
    }
  }

  /**
   * The moratorium is refused: the debtor had a standard breathing space within the repeat window
   * (§7.3). The council may ask the debt adviser to review it (reg 17, §7.4).
   *
   * @param checks the checks made, the failed one among them
   */
  record Refused(ImmutableList<ConditionCheck> checks) implements BreathingSpaceOutcome {
    /** Checks the checks are given. */
    public Refused {
      requireNonNull(checks, "checks");
    }
  }
}
