package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A hearing listed in a claim or application.
 *
 * @param on the day of the hearing
 * @param purpose what it is for, as the notice of hearing says (such as {@code small claims
 *     hearing}); no personal data
 */
public record Hearing(LocalDate on, String purpose) {

  /** Checks every part is given. */
  public Hearing {
    requireNonNull(on, "on");
    requireNonNull(purpose, "purpose");
  }
}
