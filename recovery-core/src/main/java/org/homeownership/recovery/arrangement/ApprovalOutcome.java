package org.homeownership.recovery.arrangement;

import com.google.common.collect.ImmutableList;

/** The result of asking an officer to approve an arrangement: approved, or refused with reasons. */
public sealed interface ApprovalOutcome {

  /**
   * The arrangement is live.
   *
   * @param record the approved record
   * @param reasons why a second officer was or was not needed
   */
  record Approved(ArrangementRecord record, ImmutableList<String> reasons)
      implements ApprovalOutcome {}

  /**
   * The approval was refused; the arrangement stays proposed.
   *
   * @param record the record, unchanged
   * @param reasons why, in plain words
   */
  record Refused(ArrangementRecord record, ImmutableList<String> reasons)
      implements ApprovalOutcome {}
}
