package org.homeownership.recovery.notices;

import org.jspecify.annotations.Nullable;

/**
 * How a leaseholder reaches the council's Home Ownership team about a letter. A letter needs a
 * telephone number or an email address; the rest is optional.
 *
 * @param teamName the team's name, such as {@code Home Ownership Services}
 * @param telephone the telephone number, if any
 * @param email the email address, if any
 * @param website the web address, if any
 * @param openingHours when the telephone line is open, if given
 */
public record ContactDetails(
    String teamName,
    @Nullable String telephone,
    @Nullable String email,
    @Nullable String website,
    @Nullable String openingHours) {

  /** Checks the team's name is given. */
  public ContactDetails {
    if (teamName == null || teamName.isBlank()) {
      throw new IllegalArgumentException("team name is blank");
    }
  }
}
