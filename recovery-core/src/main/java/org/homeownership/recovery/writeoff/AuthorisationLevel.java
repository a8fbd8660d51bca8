package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

/**
 * A level of authority that can authorise a write-off, in a council's own words ("line manager",
 * "Executive Member", "Cabinet"). Levels are ordered by {@code rank}: a signatory may authorise a
 * write-off whose required level has the same rank or a lower one. Rank 0 is {@link #AUTOMATIC}: no
 * officer need authorise.
 *
 * @param rank the level's place in the council's order, 0 for automatic, higher for more authority
 * @param name the level as the council's policy names it
 */
public record AuthorisationLevel(int rank, String name) implements Comparable<AuthorisationLevel> {

  /** No officer need authorise: the write-off is authorised automatically when proposed. */
  public static final AuthorisationLevel AUTOMATIC =
      new AuthorisationLevel(0, "automatic (no officer)");

  /** Checks the rank is not negative and the name not blank. */
  public AuthorisationLevel {
    requireNonNull(name, "name");
    if (rank < 0) {
      throw new IllegalArgumentException(
          "authorisation level rank must not be negative, not " + rank);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("authorisation level " + rank + " has a blank name");
    }
  }

  /** The level of rank {@code rank} called {@code name}. */
  public static AuthorisationLevel of(int rank, String name) {
    return new AuthorisationLevel(rank, name);
  }

  /** True if no officer need authorise. */
  public boolean isAutomatic() {
    return rank == 0;
  }

  /** True if a signatory at this level may authorise a write-off that needs {@code required}. */
  public boolean covers(AuthorisationLevel required) {
    return rank >= required.rank;
  }

  @Override
  public int compareTo(AuthorisationLevel other) {
    return Integer.compare(rank, other.rank);
  }

  @Override
  public String toString() {
    return name + " (level " + rank + ")";
  }
}
