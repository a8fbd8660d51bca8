package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.officer.OfficerId;

/**
 * An officer with the authority they hold to authorise write-offs. Where the authority is a body
 * (an Executive Member, Cabinet), the officer is the one who records its decision.
 *
 * @param officer the officer
 * @param level the level of authority they hold or record
 */
public record Signatory(OfficerId officer, AuthorisationLevel level) {

  /** Checks both parts are given. */
  public Signatory {
    requireNonNull(officer, "officer");
    requireNonNull(level, "level");
  }
}
