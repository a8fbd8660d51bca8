package org.homeownership.recovery.contact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.homeownership.recovery.officer.OfficerId;

/**
 * The council's reply to an incoming contact: when it was sent and by whom.
 *
 * @param on the day the reply was sent
 * @param by the officer who replied
 */
public record Reply(LocalDate on, OfficerId by) {

  /** Checks both parts are given. */
  public Reply {
    requireNonNull(on, "on");
    requireNonNull(by, "by");
  }
}
