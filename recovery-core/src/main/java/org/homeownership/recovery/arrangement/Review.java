package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The result of monitoring an arrangement on a date: the assessment, the record after any change of
 * state, and the event for the recovery engine, if the state changed.
 *
 * @param assessment the figures and checks
 * @param record the record after the review
 * @param event what the recovery engine must act on, if anything changed
 */
public record Review(
    Assessment assessment, ArrangementRecord record, Optional<ArrangementEvent> event) {

  /** Checks the parts are given. */
  public Review {
    requireNonNull(assessment, "assessment");
    requireNonNull(record, "record");
    requireNonNull(event, "event");
  }
}
