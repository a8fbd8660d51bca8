package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A letter of claim sent under the Pre-Action Protocol for Debt Claims, and the debtor's response
 * (LAW-AND-PRACTICE.md §6.2–§6.3).
 *
 * @param dated the date at the top of the letter
 * @param enclosures what went with it
 * @param replyFormReceived the day the completed Reply Form came back, if it did
 * @param seekingDebtAdvice true if the debtor said they are seeking debt advice
 * @param documentsRequested the day the debtor asked for documents, if they did
 * @param documentsSupplied the day the council supplied them, if it has
 */
public record LetterOfClaim(
    LocalDate dated,
    ImmutableSet<Enclosure> enclosures,
    Optional<LocalDate> replyFormReceived,
    boolean seekingDebtAdvice,
    Optional<LocalDate> documentsRequested,
    Optional<LocalDate> documentsSupplied) {

  /** Checks every part is given. */
  public LetterOfClaim {
    requireNonNull(dated, "dated");
    requireNonNull(enclosures, "enclosures");
    requireNonNull(replyFormReceived, "replyFormReceived");
    requireNonNull(documentsRequested, "documentsRequested");
    requireNonNull(documentsSupplied, "documentsSupplied");
  }

  /** A letter dated {@code dated} with every enclosure and no reply yet. */
  public static LetterOfClaim sent(LocalDate dated) {
    return new LetterOfClaim(
        dated,
        ImmutableSet.copyOf(Enclosure.values()),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty());
  }

  /** This letter with the Reply Form received on {@code day}, saying debt advice is sought. */
  public LetterOfClaim withReplySeekingAdvice(LocalDate day) {
    return new LetterOfClaim(
        dated, enclosures, Optional.of(day), true, documentsRequested, documentsSupplied);
  }

  /** This letter with documents asked for on {@code requested} and supplied on {@code supplied}. */
  public LetterOfClaim withDocuments(LocalDate requested, Optional<LocalDate> supplied) {
    return new LetterOfClaim(
        dated, enclosures, replyFormReceived, seekingDebtAdvice, Optional.of(requested), supplied);
  }

  /** This letter with only the given enclosures. */
  public LetterOfClaim withEnclosures(ImmutableSet<Enclosure> only) {
    return new LetterOfClaim(
        dated, only, replyFormReceived, seekingDebtAdvice, documentsRequested, documentsSupplied);
  }
}
