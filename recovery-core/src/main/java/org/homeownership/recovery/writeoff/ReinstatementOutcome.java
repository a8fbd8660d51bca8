package org.homeownership.recovery.writeoff;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.ledger.Reversal;

/** The result of asking for a write-off to be reinstated: reinstated, or refused with reasons. */
public sealed interface ReinstatementOutcome {

  /** The record after the attempt (unchanged when refused). */
  WriteOffRecord record();

  /** Why, in plain words. */
  ImmutableList<String> reasons();

  /**
   * Reinstated: post {@code reversal} to the account's ledger; the debt is owed again.
   *
   * @param record the reinstated record
   * @param reversal the reversal of the write-off entry, naming it, with the reason
   * @param reasons what was reinstated and why
   */
  record Reinstated(WriteOffRecord record, Reversal reversal, ImmutableList<String> reasons)
      implements ReinstatementOutcome {}

  /**
   * Refused: nothing changes.
   *
   * @param record the record, unchanged
   * @param reasons every reason it was refused
   */
  record Refused(WriteOffRecord record, ImmutableList<String> reasons)
      implements ReinstatementOutcome {}
}
