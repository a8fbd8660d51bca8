package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldKind;

/**
 * A hold in force on a decision's date and what it did, without the hold's free-text reason (which
 * may be personal data).
 *
 * @param kind the hold's kind
 * @param start its first day
 * @param until its last day, if set
 * @param review its review day, if diarised
 * @param setBy who set it
 * @param effect what it did to this decision
 */
public record HoldNote(
    HoldKind kind,
    LocalDate start,
    Optional<LocalDate> until,
    Optional<LocalDate> review,
    String setBy,
    String effect) {

  /** Checks every part is given. */
  public HoldNote {
    requireNonNull(kind, "kind");
    requireNonNull(start, "start");
    requireNonNull(until, "until");
    requireNonNull(review, "review");
    requireNonNull(setBy, "setBy");
    requireNonNull(effect, "effect");
  }

  /** The note for {@code hold} with the given effect. */
  public static HoldNote of(Hold hold, String effect) {
    return new HoldNote(
        hold.kind(),
        hold.terms().start(),
        hold.terms().until(),
        hold.terms().review(),
        hold.terms().setBy().toString(),
        effect);
  }

  /** The note in one line. */
  public String describe() {
    return kind.displayName()
        + " from "
        + start
        + " to "
        + until.map(LocalDate::toString).orElse("open")
        + review.map(r -> ", review " + r).orElse("")
        + ", set by "
        + setBy
        + ": "
        + effect;
  }
}
