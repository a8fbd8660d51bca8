package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Which level must authorise a write-off, and why: the band it falls in under the council's
 * configuration in force, or nothing if no band covers its reason.
 *
 * @param band the band the write-off falls in; empty if the configuration does not cover its reason
 * @param reasons why, in plain words, naming the configuration and its source
 */
public record AuthorisationRequirement(
    Optional<AuthorisationBand> band, ImmutableList<String> reasons) {

  /** Checks the parts are given. */
  public AuthorisationRequirement {
    requireNonNull(band, "band");
    requireNonNull(reasons, "reasons");
  }

  /** The level that must authorise; empty if no band covers the write-off. */
  public Optional<AuthorisationLevel> level() {
    return band.map(AuthorisationBand::level);
  }

  /** True if a band covers the write-off. */
  public boolean covered() {
    return band.isPresent();
  }

  /** True if the write-off is authorised automatically, with no officer. */
  public boolean automatic() {
    return level().map(AuthorisationLevel::isAutomatic).orElse(false);
  }
}
