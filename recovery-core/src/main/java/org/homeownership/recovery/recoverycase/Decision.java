package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * The engine's decision for one account as of a date, with every reason: the counted arrears, each
 * condition of the next stage with its figures, each gate, each hold, and the earliest date the
 * next stage becomes due. Equal inputs give equal decisions and the same {@link #describe()} text.
 *
 * @param account the account
 * @param stream its debt stream
 * @param asOf the date decided for
 * @param currentStage the stage the case was at
 * @param outcome what to do
 * @param position the arrears as counted
 * @param conditions the next stage's conditions as tested; empty if none were tested
 * @param gates the statutory gates tested
 * @param holds the holds in force and what each did
 * @param notes other reasons, such as why the case closed or stepped back
 * @param earliestNextDue the earliest day the next stage can be due if nothing else changes; empty
 *     when it hangs on something other than time (a payment, a hold's end, a document)
 */
public record Decision(
    AccountId account,
    DebtStream stream,
    LocalDate asOf,
    Optional<StageReference> currentStage,
    Outcome outcome,
    ArrearsPosition position,
    ImmutableList<ConditionCheck> conditions,
    ImmutableList<GateResult> gates,
    ImmutableList<HoldNote> holds,
    ImmutableList<String> notes,
    Optional<LocalDate> earliestNextDue) {

  /** Checks every part is given. */
  public Decision {
    requireNonNull(account, "account");
    requireNonNull(stream, "stream");
    requireNonNull(asOf, "asOf");
    requireNonNull(currentStage, "currentStage");
    requireNonNull(outcome, "outcome");
    requireNonNull(position, "position");
    requireNonNull(conditions, "conditions");
    requireNonNull(gates, "gates");
    requireNonNull(holds, "holds");
    requireNonNull(notes, "notes");
    requireNonNull(earliestNextDue, "earliestNextDue");
  }

  /** The outcome's kind. */
  public OutcomeKind kind() {
    return outcome.kind();
  }

  /** The decision and all its reasons as text for an officer or an audit; no personal data. */
  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append("Account ")
            .append(account)
            .append(" (")
            .append(stream.displayName())
            .append(") as of ")
            .append(asOf)
            .append(": ")
            .append(outcome.describe())
            .append("\n  current stage: ")
            .append(currentStage.map(StageReference::code).orElse("none"))
            .append("\n  position: ")
            .append(position.describe());
    if (!conditions.isEmpty()) {
      text.append("\n  conditions:");
      conditions.forEach(c -> text.append("\n    ").append(c.describe()));
    }
    gates.forEach(g -> text.append("\n  ").append(g.describe()));
    holds.forEach(h -> text.append("\n  hold: ").append(h.describe()));
    notes.forEach(n -> text.append("\n  note: ").append(n));
    earliestNextDue.ifPresent(d -> text.append("\n  next stage due no earlier than ").append(d));
    return text.toString();
  }
}
