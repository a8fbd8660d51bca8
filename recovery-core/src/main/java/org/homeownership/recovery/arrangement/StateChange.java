package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * One change of an arrangement's state, kept for ever: when, from and to which state, the expected
 * and actual balance at the time (when the change came from monitoring the ledger), why, and the
 * officer who made it (when an officer did).
 *
 * @param on the day of the change
 * @param from the state before
 * @param to the state after
 * @param expectedBalance the balance the arrangement expected, if the change came from monitoring
 * @param actualBalance the covered accounts' balance, if the change came from monitoring
 * @param reason why, in plain words
 * @param by the officer who made the change, if an officer did
 */
public record StateChange(
    LocalDate on,
    ArrangementState from,
    ArrangementState to,
    Optional<Money> expectedBalance,
    Optional<Money> actualBalance,
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
    return new StateChange(
        on, from, to, Optional.of(expected), Optional.of(actual), reason, Optional.empty());
  }

  /** A change an officer made. */
  public static StateChange byOfficer(
      LocalDate on, ArrangementState from, ArrangementState to, String reason, OfficerId by) {
    return new StateChange(
        on, from, to, Optional.empty(), Optional.empty(), reason, Optional.of(by));
  }
}
