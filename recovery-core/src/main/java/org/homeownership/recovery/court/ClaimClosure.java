package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * How a claim ended without a judgment for the council.
 *
 * @param on the day it ended
 * @param kind how
 */
public record ClaimClosure(LocalDate on, Kind kind) {

  /** Checks every part is given. */
  public ClaimClosure {
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
  }

  /** How a claim ended. */
  public enum Kind {
    /** The council discontinued it. */
    DISCONTINUED,
    /** Settled between the parties without judgment. */
    SETTLED,
    /** Struck out by the court. */
    STRUCK_OUT,
    /** Dismissed after a hearing. */
    DISMISSED
  }
}
