package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;

/**
 * Turns a letter refused by validation into the recovery engine's missing-data hold, so that the
 * case waits until the data is put right instead of the letter going out wrong (the Hackney rule,
 * docs/recovery.md §4). The hold names the letter and the fields, never their values, so it carries
 * no personal data.
 */
public final class MissingDataHolds {

  /** The system process named as the hold's author. */
  public static final String PROCESS = "letter validation";

  private MissingDataHolds() {}

  /**
   * The hold for {@code letter}, refused on {@code on} with {@code problems}.
   *
   * @throws IllegalArgumentException if there are no problems (a letter that rendered needs no
   *     hold)
   */
  public static Hold.MissingData forRefusal(Letter letter, List<Problem> problems, LocalDate on) {
    requireNonNull(letter, "letter");
    requireNonNull(on, "on");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException(
          "letter " + letter.templateCode() + " has no problems: it needs no missing-data hold");
    }
    String fields =
        problems.stream().map(Problem::field).distinct().collect(Collectors.joining(", "));
    return new Hold.MissingData(
        HoldTerms.from(
            on,
            "letter " + letter.templateCode() + " refused by validation",
            HoldAuthor.system(PROCESS)),
        letter.templateCode() + ": " + fields);
  }
}
