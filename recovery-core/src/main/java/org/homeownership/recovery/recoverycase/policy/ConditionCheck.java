package org.homeownership.recovery.recoverycase.policy;

import static java.util.Objects.requireNonNull;

/**
 * One condition tested for a decision, with what was required, what was found and whether it was
 * met: the unit of every reason the recovery engine gives.
 *
 * @param name the condition, such as {@code minimum days since previous stage}
 * @param required what the condition requires, such as {@code at least 14}
 * @param actual what was found, such as {@code 13 (held days left out: 0)}
 * @param met whether the condition held
 */
public record ConditionCheck(String name, String required, String actual, boolean met) {

  /** Checks every part is given. */
  public ConditionCheck {
    requireNonNull(name, "name");
    requireNonNull(required, "required");
    requireNonNull(actual, "actual");
  }

  /** A check built from its parts. */
  public static ConditionCheck of(String name, String required, String actual, boolean met) {
    return new ConditionCheck(name, required, actual, met);
  }

  /**
   * The check in one line, such as {@code [met] minimum arrears: required ≥ £0.01, actual £120.00}.
   */
  public String describe() {
    return (met ? "[met] " : "[not met] ") + name + ": required " + required + ", actual " + actual;
  }
}
