package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * What is kept of an account's recovery case between decisions: where it stands (its stage history)
 * and its holds, past and present, each with its terms.
 *
 * @param recoveryCase the case with its stage history
 * @param holds every hold, in the order added
 */
public record CaseRecord(RecoveryCase recoveryCase, ImmutableList<Hold> holds) {

  /** Checks every part is given. */
  public CaseRecord {
    requireNonNull(recoveryCase, "recoveryCase");
    requireNonNull(holds, "holds");
  }

  /** A case with no holds. */
  public static CaseRecord of(RecoveryCase recoveryCase) {
    return new CaseRecord(recoveryCase, ImmutableList.of());
  }

  /** The account. */
  public AccountId account() {
    return recoveryCase.account();
  }

  /** This record with {@code hold} added. */
  public CaseRecord withHold(Hold hold) {
    return new CaseRecord(
        recoveryCase, ImmutableList.<Hold>builder().addAll(holds).add(hold).build());
  }

  /** This record with the case replaced, such as after a decision was carried out. */
  public CaseRecord with(RecoveryCase moved) {
    if (!moved.account().equals(account())) {
      throw new IllegalArgumentException(
          "case of " + moved.account() + " cannot replace the case of " + account());
    }
    return new CaseRecord(moved, holds);
  }
}
