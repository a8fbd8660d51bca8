package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;

/**
 * A covered account whose recovery a live arrangement holds: the recovery engine must not escalate
 * it, and resumes it at {@link #heldAtStage()} when the hold is released.
 *
 * @param account the held account
 * @param arrangement the live arrangement holding it
 * @param heldAtStage the stage the account had reached, where recovery resumes; empty if it had
 *     reached none (recovery starts at the beginning)
 * @param liveSince the day the arrangement last went live
 */
public record RecoveryHold(
    AccountId account,
    ArrangementId arrangement,
    Optional<StageReference> heldAtStage,
    LocalDate liveSince) {

  /** Checks the parts are given. */
  public RecoveryHold {
    requireNonNull(account, "account");
    requireNonNull(arrangement, "arrangement");
    requireNonNull(heldAtStage, "heldAtStage");
    requireNonNull(liveSince, "liveSince");
  }
}
