package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * One change of an arrangement's state, kept for ever: when, from and to which state, the expected
 * and actual balance on that day (whether monitoring or an officer made the change), why, and the
 * officer who made it (when an officer did).
 *
 * @param on the day of the change
 * @param from the state before
 * @param to the state after
 * @param expectedBalance the balance the arrangement expected on that day ({@link
 *     Assessment#expectedBalance()})
 * @param actualBalance the covered accounts' balance at the end of that day
 * @param reason why, in plain words
 * @param by the officer who made the change, if an officer did
 */
public record StateChange(
    LocalDate on,
    ArrangementState from,
    ArrangementState to,
    Money expectedBalance,
    Money actualBalance,
    String reason,
    Optional<OfficerId> by) {

  /** Checks the parts are given and the move is allowed. */
  public StateChange {
    requireNonNull(on, "on");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(expectedBalance, "expectedBalance");
    requireNonNull(actualBalance, "actualBalance");
    requireNonNull(reason, "reason");
    requireNonNull(by, "by");
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException("an arrangement cannot move from " + from + " to " + to);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a change of state needs a reason");
    }
  }

  /** A change found by monitoring, with the balances. */
  public static StateChange monitored(
      LocalDate on,
      ArrangementState from,
      ArrangementState to,
      Money expected,
      Money actual,
      String reason) {
    return new StateChange(on, from, to, expected, actual, reason, Optional.empty());
  }

  /**
   * A change an officer made on the assessment's date, with the balances of that day.
   *
   * @param assessment the arrangement's figures on the day of the change
   */
  public static StateChange byOfficer(
      Assessment assessment,
      ArrangementState from,
      ArrangementState to,
      String reason,
      OfficerId by) {
    return new StateChange(
        assessment.asOf(),
        from,
        to,
        assessment.expectedBalance(),
        assessment.actualBalance(),
        reason,
        Optional.of(by));
  }
}
