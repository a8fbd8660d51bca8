package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.officer.OfficerId;

/**
 * An arrangement with its approval and every change of its state, oldest first. Immutable: each
 * change returns a new record. A new record starts {@link ArrangementState#PROPOSED} on the day the
 * arrangement was made.
 */
public final class ArrangementRecord {

  private final Arrangement arrangement;
  private final Optional<Approval> approval;
  private final ImmutableList<StateChange> history;

  private ArrangementRecord(
      Arrangement arrangement, Optional<Approval> approval, ImmutableList<StateChange> history) {
    this.arrangement = requireNonNull(arrangement, "arrangement");
    this.approval = requireNonNull(approval, "approval");
    this.history = requireNonNull(history, "history");
  }

  /** A proposed arrangement, not yet approved. */
  public static ArrangementRecord proposed(Arrangement arrangement) {
    return new ArrangementRecord(arrangement, Optional.empty(), ImmutableList.of());
  }

  /**
   * A record as it was kept: the terms, the approval and every change of state, oldest first, such
   * as a store reads back. The history is replayed through {@link #with}, so it must be one the
   * record could have reached.
   *
   * @throws IllegalArgumentException if a change does not follow from the one before
   */
  public static ArrangementRecord restored(
      Arrangement arrangement, Optional<Approval> approval, List<StateChange> history) {
    ArrangementRecord record = proposed(arrangement);
    for (StateChange change : history) {
      record = record.with(change);
    }
    return new ArrangementRecord(arrangement, approval, record.history);
  }

  /** The terms. */
  public Arrangement arrangement() {
    return arrangement;
  }

  /** The arrangement's id. */
  public ArrangementId id() {
    return arrangement.id();
  }

  /** Who approved it, once approved. */
  public Optional<Approval> approval() {
    return approval;
  }

  /** Every change of state, oldest first. */
  public ImmutableList<StateChange> history() {
    return history;
  }

  /** The state now: after the last change. */
  public ArrangementState state() {
    return history.isEmpty() ? ArrangementState.PROPOSED : history.get(history.size() - 1).to();
  }

  /**
   * The state at the end of {@code date}, from the history; empty before the arrangement was made.
   */
  public Optional<ArrangementState> stateOn(LocalDate date) {
    if (date.isBefore(arrangement.madeOn())) {
      return Optional.empty();
    }
    ArrangementState state = ArrangementState.PROPOSED;
    for (StateChange change : history) {
      if (!change.on().isAfter(date)) {
        state = change.to();
      }
    }
    return Optional.of(state);
  }

  /** The day the arrangement last went live on or before {@code date}, if it did. */
  public Optional<LocalDate> liveSince(LocalDate date) {
    LocalDate since = null;
    for (StateChange change : history) {
      if (!change.on().isAfter(date) && change.to() == ArrangementState.LIVE) {
        since = change.on();
      }
    }
    return Optional.ofNullable(since);
  }

  /**
   * This record with {@code change} added.
   *
   * @throws IllegalArgumentException if the change does not start from the current state or is
   *     dated before the last change or the day the arrangement was made
   */
  public ArrangementRecord with(StateChange change) {
    if (change.from() != state()) {
      throw new IllegalArgumentException(
          "arrangement " + id() + " is " + state() + ", not " + change.from());
    }
    LocalDate last =
        history.isEmpty() ? arrangement.madeOn() : history.get(history.size() - 1).on();
    if (change.on().isBefore(last)) {
      throw new IllegalArgumentException(
          "arrangement " + id() + ": a change dated " + change.on() + " is before " + last);
    }
    return new ArrangementRecord(
        arrangement,
        approval,
        ImmutableList.<StateChange>builder().addAll(history).add(change).build());
  }

  /** This record approved: live from the approval date, with the balances of that day. */
  ArrangementRecord approved(Approval approval, String reason, Assessment onApproval) {
    if (!onApproval.asOf().equals(approval.approvedOn())) {
      throw new IllegalArgumentException(
          "assessment of "
              + onApproval.asOf()
              + " given for an approval on "
              + approval.approvedOn());
    }
    ArrangementRecord live =
        with(
            StateChange.byOfficer(
                onApproval,
                ArrangementState.PROPOSED,
                ArrangementState.LIVE,
                reason,
                approval.approvedBy()));
    return new ArrangementRecord(arrangement, Optional.of(approval), live.history);
  }

  /**
   * This record cancelled on the assessment's date for {@code reason}, with that day's balances.
   * {@link ArrangementMonitor#cancel} assesses and cancels in one step.
   *
   * @param onCancellation the arrangement's figures on the day of cancellation
   * @throws IllegalArgumentException if it is already cancelled or completed
   */
  public ArrangementRecord cancelled(
      Assessment onCancellation, String reason, Optional<OfficerId> by) {
    return with(
        new StateChange(
            onCancellation.asOf(),
            state(),
            ArrangementState.CANCELLED,
            onCancellation.expectedBalance(),
            onCancellation.actualBalance(),
            reason,
            by));
  }

  @Override
  public String toString() {
    return "ArrangementRecord{id="
        + id()
        + ", state="
        + state()
        + ", changes="
        + history.size()
        + "}";
  }
}
