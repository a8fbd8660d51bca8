package org.homeownership.recovery.recoverycase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/** Gathers a decision's reasons as the engine works. */
final class DecisionDraft {
  private final CaseFile file;
  private final LocalDate asOf;
  private final Optional<StageReference> current;
  private final ArrearsPosition position;
  private ImmutableList<ConditionCheck> conditions = ImmutableList.of();
  private final ImmutableList.Builder<GateResult> gates = ImmutableList.builder();
  private final ImmutableList.Builder<HoldNote> holds = ImmutableList.builder();
  private final ImmutableList.Builder<String> notes = ImmutableList.builder();

  DecisionDraft(
      CaseFile file, LocalDate asOf, Optional<StageReference> current, ArrearsPosition position) {
    this.file = file;
    this.asOf = asOf;
    this.current = current;
    this.position = position;
  }

  void conditions(ImmutableList<ConditionCheck> tested) {
    conditions = tested;
  }

  void gate(GateResult gate) {
    gates.add(gate);
  }

  void hold(Hold hold, String effect) {
    holds.add(HoldNote.of(hold, effect));
  }

  void note(String note) {
    notes.add(note);
  }

  Decision build(Outcome outcome, Optional<LocalDate> earliestNextDue) {
    return new Decision(
        file.account(),
        file.stream(),
        asOf,
        current,
        outcome,
        position,
        conditions,
        gates.build(),
        holds.build(),
        notes.build(),
        earliestNextDue);
  }
}
