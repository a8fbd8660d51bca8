package org.homeownership.recovery.examples.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * One account of a scenario with everything the engine reads about it.
 *
 * @param account the account
 * @param ledger its ledger
 * @param references each entry's reference in the scenario, by entry id
 * @param recoveryCase where its recovery stood before the scenario's date
 * @param holds its holds (a live arrangement's hold is added by the runner after monitoring)
 * @param breathingSpaces what the breathing space rules decided for each one notified
 * @param contacts contacts with the debtor
 * @param assessments the statutory checks of its demands
 * @param letterOfClaim the letter of claim, if one was sent
 * @param courtCases its county court claims and their judgments
 */
public record ScenarioAccount(
    DebtorAccount account,
    Ledger ledger,
    ImmutableMap<EntryId, String> references,
    RecoveryCase recoveryCase,
    ImmutableList<Hold> holds,
    ImmutableList<BreathingSpaceOutcome> breathingSpaces,
    ImmutableList<ContactEntry> contacts,
    ImmutableList<DemandAssessment> assessments,
    Optional<LetterOfClaim> letterOfClaim,
    org.homeownership.recovery.court.CourtCases courtCases) {

  /** Checks every part is given. */
  public ScenarioAccount {
    requireNonNull(account, "account");
    requireNonNull(ledger, "ledger");
    requireNonNull(references, "references");
    requireNonNull(recoveryCase, "recoveryCase");
    requireNonNull(holds, "holds");
    requireNonNull(breathingSpaces, "breathingSpaces");
    requireNonNull(contacts, "contacts");
    requireNonNull(assessments, "assessments");
    requireNonNull(letterOfClaim, "letterOfClaim");
    requireNonNull(courtCases, "courtCases");
  }
}
