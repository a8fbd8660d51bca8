package org.homeownership.recovery.recoverycase.hold;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What every hold has: when it starts, when it ends or is reviewed, why and who set it.
 *
 * @param start the first day held
 * @param until the last day held, if the hold has a set end; open-ended otherwise
 * @param review the day it is to be reviewed, if diarised
 * @param reason why, in the officer's words; may hold personal data, so it is never in {@link
 *     #toString()} or a decision's text
 * @param setBy who set it
 */
public record HoldTerms(
    LocalDate start,
    Optional<LocalDate> until,
    Optional<LocalDate> review,
    String reason,
    HoldAuthor setBy) {

  /** Checks every part is given and the hold does not end before it starts. */
  public HoldTerms {
    requireNonNull(start, "start");
    requireNonNull(until, "until");
    requireNonNull(review, "review");
    requireNonNull(reason, "reason");
    requireNonNull(setBy, "setBy");
    if (until.isPresent() && until.get().isBefore(start)) {
      throw new IllegalArgumentException("a hold ends before it starts");
    }
  }

  /** An open-ended hold from {@code start}. */
  public static HoldTerms from(LocalDate start, String reason, HoldAuthor setBy) {
    return new HoldTerms(start, Optional.empty(), Optional.empty(), reason, setBy);
  }

  /** A hold from {@code start} to {@code until}, both days held. */
  public static HoldTerms between(
      LocalDate start, LocalDate until, String reason, HoldAuthor setBy) {
    return new HoldTerms(start, Optional.of(until), Optional.empty(), reason, setBy);
  }

  /** These terms ending on {@code lastDay} (the last day held). */
  public HoldTerms endingOn(LocalDate lastDay) {
    return new HoldTerms(start, Optional.of(lastDay), review, reason, setBy);
  }

  /** These terms with a review diarised on {@code day}. */
  public HoldTerms reviewedOn(LocalDate day) {
    return new HoldTerms(start, until, Optional.of(day), reason, setBy);
  }

  /** True if the hold is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(start) && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  @Override
  public String toString() {
    return "HoldTerms{start="
        + start
        + ", until="
        + until.map(LocalDate::toString).orElse("open")
        + ", review="
        + review.map(LocalDate::toString).orElse("none")
        + ", setBy="
        + setBy
        + "}";
  }
}
