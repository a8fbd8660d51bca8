package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.ArrangementEvent;
import org.homeownership.recovery.arrangement.StageReference;

/**
 * Where an account's recovery stands: the stages it has reached, in order. The engine reads the
 * current stage and the day it was reached; it never derives the stage from the age of the debt, so
 * a part payment that moves the oldest unpaid date cannot move the case.
 *
 * @param account the account
 * @param stream its debt stream, which picks the ladder
 * @param history every move, oldest first
 */
public record RecoveryCase(
    AccountId account, DebtStream stream, ImmutableList<StageEntry> history) {

  /** Checks every part is given and the history is in date order. */
  public RecoveryCase {
    requireNonNull(account, "account");
    requireNonNull(stream, "stream");
    requireNonNull(history, "history");
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).on().isBefore(history.get(i - 1).on())) {
        throw new IllegalArgumentException("case history of " + account + " is out of date order");
      }
    }
  }

  /** A case that has reached no stage. */
  public static RecoveryCase open(AccountId account, DebtStream stream) {
    return new RecoveryCase(account, stream, ImmutableList.of());
  }

  /** The stage reached, if any. */
  public Optional<StageReference> currentStage() {
    return history.isEmpty() ? Optional.empty() : history.get(history.size() - 1).stage();
  }

  /** The day of the last move, from which the next stage's interval runs. */
  public Optional<LocalDate> lastMoveOn() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).on());
  }

  /** The last day the case entered {@code stage}, if it ever did. */
  public Optional<LocalDate> lastEntered(StageReference stage) {
    return history.reverse().stream()
        .filter(e -> e.move() != StageMove.STEPPED_BACK && e.stage().equals(Optional.of(stage)))
        .map(StageEntry::on)
        .findFirst();
  }

  /** This case after {@code stage}'s action was taken on {@code on}. */
  public RecoveryCase entered(StageReference stage, LocalDate on) {
    return with(new StageEntry(Optional.of(stage), on, StageMove.ENTERED));
  }

  /** This case stepped back to {@code stage} (or to none) on {@code on}. */
  public RecoveryCase steppedBack(Optional<StageReference> stage, LocalDate on) {
    return with(new StageEntry(stage, on, StageMove.STEPPED_BACK));
  }

  /** This case closed on {@code on}: the debt was cleared. */
  public RecoveryCase closed(LocalDate on) {
    return with(new StageEntry(Optional.empty(), on, StageMove.CLOSED));
  }

  /**
   * This case after an arrangement event. A breach or cancellation resumes recovery at the stage
   * the arrangement held it at: if the case is already there nothing changes (so the interval still
   * runs from when the stage was reached, held days left out); otherwise the case is put back at
   * that stage on the event's day. Other events change nothing.
   */
  public RecoveryCase after(ArrangementEvent event) {
    StageReference resumeAt = event.resumeAt().get(account);
    if (!event.releasesHold() || resumeAt == null || currentStage().equals(Optional.of(resumeAt))) {
      return this;
    }
    return with(new StageEntry(Optional.of(resumeAt), event.on(), StageMove.RESUMED));
  }

  /**
   * This case after the engine's decision was carried out on its as-of date: the stage entered, the
   * step back or the closure recorded. Other outcomes change nothing. For a stage that needs
   * approval, call this only once an officer has approved it.
   */
  public RecoveryCase after(Decision decision) {
    Outcome outcome = decision.outcome();
    if (outcome instanceof Outcome.ActionDue due) {
      return entered(due.stage().code(), decision.asOf());
    }
    if (outcome instanceof Outcome.SteppedBack back) {
      return steppedBack(back.to(), decision.asOf());
    }
    if (outcome instanceof Outcome.Closed) {
      return closed(decision.asOf());
    }
    return this;
  }

  private RecoveryCase with(StageEntry entry) {
    return new RecoveryCase(
        account, stream, ImmutableList.<StageEntry>builder().addAll(history).add(entry).build());
  }
}
