package org.homeownership.recovery.recoverycase;

import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.immutables.value.Value;

/**
 * Everything the engine reads about one account: its ledger, where its recovery stands, its holds
 * (past ones too, with their end dates, so that held days are left out of intervals), its contact
 * log, the statutory assessment of its demands, the letter of claim and the forfeiture facts. Build
 * one with {@link #builder()}.
 */
@Value.Immutable
public abstract class CaseFile {

  /** The defaults, shared: both are immutable values, and most case files have neither. */
  private static final ForfeitureFacts NO_FORFEITURE_FACTS = ForfeitureFacts.none();

  private static final CourtCases NO_COURT_CASES = CourtCases.none();

  CaseFile() {}

  /** A new builder. */
  public static ImmutableCaseFile.Builder builder() {
    return ImmutableCaseFile.builder();
  }

  /**
   * A builder holding what {@code record} keeps: the case, its holds, its letter of claim and its
   * forfeiture facts. The ledger, contact log, demand assessments and court cases are still to be
   * given.
   */
  public static ImmutableCaseFile.Builder builder(CaseRecord record) {
    return builder()
        .recoveryCase(record.recoveryCase())
        .holds(record.holds())
        .letterOfClaim(record.letterOfClaim())
        .forfeitureFacts(record.forfeitureFacts());
  }

  /** The account's ledger. */
  public abstract Ledger ledger();

  /** Where its recovery stands. */
  public abstract RecoveryCase recoveryCase();

  /**
   * Every hold, past and present. A live arrangement's hold comes from {@link
   * org.homeownership.recovery.arrangement.ArrangementBook#holdsOn} via {@link
   * Hold.LiveArrangement#of}.
   */
  public abstract List<Hold> holds();

  /**
   * The account's contact and enquiry log, read for the days since the last contact; empty if none
   * is given.
   */
  @Value.Default
  public ContactLog contactLog() {
    return ContactLog.empty(account());
  }

  /** The statutory assessment of each service charge demand on the account (§1.3–§1.5). */
  public abstract List<DemandAssessment> demandAssessments();

  /** The letter of claim sent, if one was (§6.2). */
  public abstract Optional<LetterOfClaim> letterOfClaim();

  /** What the forfeiture gate reads (§5.2–§5.5). */
  @Value.Default
  public ForfeitureFacts forfeitureFacts() {
    return NO_FORFEITURE_FACTS;
  }

  /**
   * The account's county court claims, tribunal applications and enforcement applications (§1.7,
   * §6.4, §8); none unless recorded.
   */
  @Value.Default
  public CourtCases courtCases() {
    return NO_COURT_CASES;
  }

  /** The account. */
  public final AccountId account() {
    return recoveryCase().account();
  }

  /** The account's debt stream. */
  public final DebtStream stream() {
    return recoveryCase().stream();
  }

  @Value.Check
  void check() {
    if (!ledger().account().equals(recoveryCase().account())) {
      throw new IllegalArgumentException(
          "ledger of "
              + ledger().account()
              + " does not belong to the case of "
              + recoveryCase().account());
    }
    if (!contactLog().account().equals(recoveryCase().account())) {
      throw new IllegalArgumentException(
          "contact log of "
              + contactLog().account()
              + " does not belong to the case of "
              + recoveryCase().account());
    }
  }

  @Override
  public String toString() {
    return "CaseFile{account=" + account() + ", stream=" + stream() + "}";
  }
}
