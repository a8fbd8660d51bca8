package org.homeownership.recovery.audit;

import static com.google.common.base.Preconditions.checkArgument;

import org.homeownership.recovery.officer.OfficerId;

/**
 * Who made a change: an officer, by staff reference, or a process of the system (such as the
 * nightly sweep). A reference, never a name: not personal data.
 *
 * @param reference the officer's staff reference or the process's name; not blank
 * @param automatic true if a process made the change
 */
public record Actor(String reference, boolean automatic) {

  /** Checks the reference is not blank. */
  public Actor {
    checkArgument(!reference.isBlank(), "actor reference is blank");
  }

  /** A change made by an officer. */
  public static Actor officer(OfficerId officer) {
    return new Actor(officer.value(), false);
  }

  /** A change made by the named process. */
  public static Actor system(String process) {
    return new Actor(process, true);
  }

  @Override
  public String toString() {
    return automatic ? "system:" + reference : reference;
  }
}
