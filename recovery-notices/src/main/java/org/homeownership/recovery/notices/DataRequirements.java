package org.homeownership.recovery.notices;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems found while a letter checks the data its template needs. Every check is
 * made, so the officer sees every problem at once rather than one per attempt.
 *
 * <p>Reasons name what is wrong, never the value: they must not carry personal data.
 */
public final class DataRequirements {

  private final List<Problem> problems = new ArrayList<>();

  /** An empty set of findings. */
  public DataRequirements() {}

  /**
   * Requires {@code value} to be given.
   *
   * @return true if it is, so that checks on its parts can follow
   */
  public boolean present(String field, @Nullable Object value) {
    if (value == null) {
      problems.add(new Problem(field, "is missing"));
      return false;
    }
    return true;
  }

  /**
   * Requires {@code condition} to hold, recording {@code reason} against {@code field} if not.
   *
   * @return the condition
   */
  public boolean require(String field, boolean condition, String reason) {
    if (!condition) {
      problems.add(new Problem(field, reason));
    }
    return condition;
  }

  /** The problems found so far, in the order found. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
