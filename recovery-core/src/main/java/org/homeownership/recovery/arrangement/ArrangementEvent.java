package org.homeownership.recovery.arrangement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;

/**
 * Something that happened to an arrangement that the recovery engine must act on. A breach or a
 * cancellation releases the hold: recovery of each covered account resumes at the stage it was held
 * at ({@link #resumeAt()}), never back at the start. A reinstatement puts the hold back; a
 * completion ends it because the debt is cleared.
 */
public sealed interface ArrangementEvent {

  /** The arrangement. */
  ArrangementId arrangement();

  /** The day it happened. */
  LocalDate on();

  /** The stage each covered account was held at, where recovery resumes if the hold is released. */
  ImmutableMap<AccountId, StageReference> resumeAt();

  /** True if recovery of the covered accounts may resume. */
  boolean releasesHold();

  /**
   * The debtor did not keep to the arrangement.
   *
   * @param arrangement the arrangement
   * @param kind informal or court-ordered: a court-ordered arrangement is the judgment's payment
   *     terms, so its breach leads to enforcement of the judgment, not to a new claim
   * @param on the day the breach was found
   * @param resumeAt where recovery resumes, per account
   * @param expectedBalance the balance the arrangement expected
   * @param actualBalance the covered accounts' balance
   * @param reasons the checks that failed
   */
  record ArrangementBreached(
      ArrangementId arrangement,
      ArrangementKind kind,
      LocalDate on,
      ImmutableMap<AccountId, StageReference> resumeAt,
      Money expectedBalance,
      Money actualBalance,
      ImmutableList<String> reasons)
      implements ArrangementEvent {
    @Override
    public boolean releasesHold() {
      return true;
    }
  }

  /**
   * A breached arrangement is live again because the debtor caught up.
   *
   * @param arrangement the arrangement
   * @param on the day it was found
   * @param resumeAt the stage each account is held at again
   */
  record ArrangementReinstated(
      ArrangementId arrangement, LocalDate on, ImmutableMap<AccountId, StageReference> resumeAt)
      implements ArrangementEvent {
    @Override
    public boolean releasesHold() {
      return false;
    }
  }

  /**
   * The arrangement was cancelled (by an officer, by a new arrangement, or after Direct Debit
   * failures).
   *
   * @param arrangement the arrangement
   * @param on the day of cancellation
   * @param resumeAt where recovery resumes, per account
   * @param reason why
   */
  record ArrangementCancelled(
      ArrangementId arrangement,
      LocalDate on,
      ImmutableMap<AccountId, StageReference> resumeAt,
      String reason)
      implements ArrangementEvent {
    @Override
    public boolean releasesHold() {
      return true;
    }
  }

  /**
   * The debt the arrangement covers is cleared.
   *
   * @param arrangement the arrangement
   * @param on the day it was found
   * @param resumeAt the stages the accounts were held at, for the record
   */
  record ArrangementCompleted(
      ArrangementId arrangement, LocalDate on, ImmutableMap<AccountId, StageReference> resumeAt)
      implements ArrangementEvent {
    @Override
    public boolean releasesHold() {
      return false;
    }
  }
}
