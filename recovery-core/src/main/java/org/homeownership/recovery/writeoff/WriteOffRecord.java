package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.officer.OfficerId;

/**
 * A write-off as it stands: the proposal, which level it needed when proposed, every step taken
 * (who and when), the ledger entry its authorisation produced and the reversal that reinstated it.
 * Immutable; {@link WriteOffAuthoriser} and {@link WriteOffReinstatement} return new records.
 */
public final class WriteOffRecord {

  private final WriteOffProposal proposal;
  private final AuthorisationRequirement requirement;
  private final ImmutableList<WriteOffStep> history;
  private final Optional<WriteOff> entry;
  private final Optional<Reversal> reinstatement;

  private WriteOffRecord(
      WriteOffProposal proposal,
      AuthorisationRequirement requirement,
      ImmutableList<WriteOffStep> history,
      Optional<WriteOff> entry,
      Optional<Reversal> reinstatement) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.requirement = requireNonNull(requirement, "requirement");
    this.history = history;
    this.entry = entry;
    this.reinstatement = reinstatement;
  }

  /**
   * A record rebuilt from storage, exactly as it was kept: a store's way back to the record it was
   * given. The history must start with the proposal and move only as {@link WriteOffState#next}
   * allows.
   *
   * @throws IllegalArgumentException if the history is empty or does not start PROPOSED
   * @throws IllegalStateException if a step moves where its state cannot
   */
  public static WriteOffRecord restored(
      WriteOffProposal proposal,
      AuthorisationRequirement requirement,
      List<WriteOffStep> history,
      Optional<WriteOff> entry,
      Optional<Reversal> reinstatement) {
    if (history.isEmpty() || history.get(0).state() != WriteOffState.PROPOSED) {
      throw new IllegalArgumentException(
          "write-off " + proposal.reference() + ": a kept history starts PROPOSED");
    }
    WriteOffRecord record =
        new WriteOffRecord(
            proposal,
            requirement,
            ImmutableList.of(history.get(0)),
            requireNonNull(entry, "entry"),
            requireNonNull(reinstatement, "reinstatement"));
    for (WriteOffStep step : history.subList(1, history.size())) {
      record = new WriteOffRecord(proposal, requirement, record.with(step), entry, reinstatement);
    }
    return record;
  }

  /** A record of {@code proposal}, just proposed, needing {@code requirement}. */
  static WriteOffRecord proposed(WriteOffProposal proposal, AuthorisationRequirement requirement) {
    return new WriteOffRecord(
        proposal,
        requirement,
        ImmutableList.of(
            new WriteOffStep(
                proposal.proposedOn(),
                WriteOffState.PROPOSED,
                Optional.of(proposal.proposedBy()),
                "proposed: "
                    + proposal.amount().format()
                    + ", "
                    + proposal.reason().displayName())),
        Optional.empty(),
        Optional.empty());
  }

  /** The proposal. */
  public WriteOffProposal proposal() {
    return proposal;
  }

  /** The write-off's reference. */
  public WriteOffReference reference() {
    return proposal.reference();
  }

  /** Which level the write-off needed when it was proposed, and why. */
  public AuthorisationRequirement requirement() {
    return requirement;
  }

  /** Every step, oldest first; the first is the proposal. */
  public ImmutableList<WriteOffStep> history() {
    return history;
  }

  /** The current state: the last step's. */
  public WriteOffState state() {
    return history.get(history.size() - 1).state();
  }

  /** The ledger entry the authorisation produced, once authorised. */
  public Optional<WriteOff> entry() {
    return entry;
  }

  /** The reversal that reinstated the debt, once reinstated. */
  public Optional<Reversal> reinstatement() {
    return reinstatement;
  }

  WriteOffRecord authorised(
      LocalDate on, Optional<OfficerId> by, String reason, WriteOff writeOff) {
    return new WriteOffRecord(
        proposal,
        requirement,
        with(new WriteOffStep(on, WriteOffState.AUTHORISED, by, reason)),
        Optional.of(writeOff),
        Optional.empty());
  }

  WriteOffRecord declined(LocalDate on, OfficerId by, String reason) {
    return new WriteOffRecord(
        proposal,
        requirement,
        with(new WriteOffStep(on, WriteOffState.DECLINED, Optional.of(by), reason)),
        Optional.empty(),
        Optional.empty());
  }

  WriteOffRecord reinstated(LocalDate on, OfficerId by, String reason, Reversal reversal) {
    return new WriteOffRecord(
        proposal,
        requirement,
        with(new WriteOffStep(on, WriteOffState.REINSTATED, Optional.of(by), reason)),
        entry,
        Optional.of(reversal));
  }

  private ImmutableList<WriteOffStep> with(WriteOffStep step) {
    WriteOffStep last = history.get(history.size() - 1);
    if (!last.state().canMoveTo(step.state())) {
      throw new IllegalStateException(
          "write-off " + reference() + " cannot move from " + last.state() + " to " + step.state());
    }
    return ImmutableList.<WriteOffStep>builder().addAll(history).add(step).build();
  }

  @Override
  public String toString() {
    return "WriteOffRecord{reference="
        + reference()
        + ", account="
        + proposal.account()
        + ", amount="
        + proposal.amount()
        + ", state="
        + state()
        + "}";
  }
}
