package org.homeownership.recovery.writeoff;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.ledger.WriteOff;

/** The result of asking for a write-off to be authorised: authorised, or refused with reasons. */
public sealed interface AuthorisationOutcome {

  /** The record after the attempt (unchanged when refused). */
  WriteOffRecord record();

  /** Why, in plain words. */
  ImmutableList<String> reasons();

  /**
   * Authorised: post {@code entry} to the account's ledger.
   *
   * @param record the authorised record
   * @param entry the write-off entry to post; its external reference is the write-off's reference
   * @param reasons the band, the level needed and who authorised
   */
  record Authorised(WriteOffRecord record, WriteOff entry, ImmutableList<String> reasons)
      implements AuthorisationOutcome {}

  /**
   * Refused: the write-off stays proposed.
   *
   * @param record the record, unchanged
   * @param reasons every reason it was refused
   */
  record Refused(WriteOffRecord record, ImmutableList<String> reasons)
      implements AuthorisationOutcome {}
}
