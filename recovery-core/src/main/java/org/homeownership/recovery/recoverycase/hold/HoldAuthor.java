package org.homeownership.recovery.recoverycase.hold;

import static com.google.common.base.Preconditions.checkArgument;

import org.homeownership.recovery.officer.OfficerId;

/**
 * Who set a hold: an officer, by staff reference, or a process of the system (such as notice
 * validation, which sets a missing-data hold). Not personal data.
 *
 * @param reference the officer's staff reference or the process's name; not blank
 * @param automatic true if a process set the hold
 */
public record HoldAuthor(String reference, boolean automatic) {

  /** Checks the reference is not blank. */
  public HoldAuthor {
    checkArgument(!reference.isBlank(), "hold author is blank");
  }

  /** A hold set by an officer. */
  public static HoldAuthor officer(OfficerId officer) {
    return new HoldAuthor(officer.value(), false);
  }

  /** A hold set automatically by the named process. */
  public static HoldAuthor system(String process) {
    return new HoldAuthor(process, true);
  }

  @Override
  public String toString() {
    return automatic ? "system:" + reference : reference;
  }
}
