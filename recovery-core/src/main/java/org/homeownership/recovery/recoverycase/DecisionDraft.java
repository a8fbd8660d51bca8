package org.homeownership.recovery.recoverycase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.jspecify.annotations.Nullable;

/** Gathers a decision's reasons as the engine works. */
final class DecisionDraft {
  private final CaseFile file;
  private final LocalDate asOf;
  private final Optional<StageReference> current;
  private final ArrearsPosition position;
  private ImmutableList<ConditionCheck> conditions = ImmutableList.of();
  // Made on the first reason of each kind: most decisions have no gate, hold or note.
  private ImmutableList.@Nullable Builder<GateResult> gates;
  private ImmutableList.@Nullable Builder<HoldNote> holds;
  private ImmutableList.@Nullable Builder<String> notes;

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
    if (gates == null) {
      gates = ImmutableList.builder();
    }
    gates.add(gate);
  }

  void hold(Hold hold, String effect) {
    if (holds == null) {
      holds = ImmutableList.builder();
    }
    holds.add(HoldNote.of(hold, effect));
  }

  void note(String note) {
    if (notes == null) {
      notes = ImmutableList.builder();
    }
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
        gates == null ? ImmutableList.of() : gates.build(),
        holds == null ? ImmutableList.of() : holds.build(),
        notes == null ? ImmutableList.of() : notes.build(),
        earliestNextDue);
  }
}
