package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * What is kept of an account's recovery case between decisions: where it stands (its stage
 * history), its holds, past and present, each with its terms, the letter of claim sent under the
 * Pre-Action Protocol (LAW-AND-PRACTICE.md §6.2–§6.3) and the facts the forfeiture gate reads
 * (§5.2–§5.5).
 *
 * @param recoveryCase the case with its stage history
 * @param holds every hold, in the order added
 * @param letterOfClaim the letter of claim sent, with the debtor's response, if one was sent
 * @param forfeitureFacts the s.81 findings and what is known of a mortgage lender
 */
public record CaseRecord(
    RecoveryCase recoveryCase,
    ImmutableList<Hold> holds,
    Optional<LetterOfClaim> letterOfClaim,
    ForfeitureFacts forfeitureFacts) {

  /** Checks every part is given. */
  public CaseRecord {
    requireNonNull(recoveryCase, "recoveryCase");
    requireNonNull(holds, "holds");
    requireNonNull(letterOfClaim, "letterOfClaim");
    requireNonNull(forfeitureFacts, "forfeitureFacts");
  }

  /** A case with its holds, no letter of claim and no forfeiture facts. */
  public CaseRecord(RecoveryCase recoveryCase, ImmutableList<Hold> holds) {
    this(recoveryCase, holds, Optional.empty(), ForfeitureFacts.none());
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
        recoveryCase,
        ImmutableList.<Hold>builder().addAll(holds).add(hold).build(),
        letterOfClaim,
        forfeitureFacts);
  }

  /** This record with the case replaced, such as after a decision was carried out. */
  public CaseRecord with(RecoveryCase moved) {
    if (!moved.account().equals(account())) {
      throw new IllegalArgumentException(
          "case of " + moved.account() + " cannot replace the case of " + account());
    }
    return new CaseRecord(moved, holds, letterOfClaim, forfeitureFacts);
  }

  /** This record with {@code letter} as its letter of claim, such as after a reply came back. */
  public CaseRecord withLetterOfClaim(LetterOfClaim letter) {
    return new CaseRecord(recoveryCase, holds, Optional.of(letter), forfeitureFacts);
  }

  /** This record with {@code facts} as its forfeiture facts. */
  public CaseRecord withForfeitureFacts(ForfeitureFacts facts) {
    return new CaseRecord(recoveryCase, holds, letterOfClaim, facts);
  }
}
