package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.ArrangementBook;
import org.homeownership.recovery.arrangement.ArrangementEvent;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.examples.CaseFiles;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.Outcome;
import org.homeownership.recovery.recoverycase.OutcomeKind;
import org.homeownership.recovery.recoverycase.PortfolioSweep;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.RecoveryEngine;
import org.homeownership.recovery.recoverycase.Worklist;
import org.homeownership.recovery.recoverycase.WorklistEntry;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;

/**
 * The recovery team's side of the demo: each account's case, its holds, the letters of claim and
 * the arrangements, kept in memory; the weekly sweep with the default policy; and the demo
 * officer's rules for what the engine leaves to an officer.
 *
 * <p>The officer's rules: a step due is taken on the day of the sweep; a step that needs approval
 * (the lender letter, the county court claim) is approved only for the account the demo takes to
 * court, so others wait on the worklist as "action due"; for a vulnerable debtor the officer
 * reviews each step and sends the reminder letters, but takes no further step.
 */
final class Casework {

  /** The demo's recovery officer. */
  static final OfficerId OFFICER = OfficerId.of("HO-101");

  /** A second officer, for approvals that need one. */
  static final OfficerId SECOND_OFFICER = OfficerId.of("HO-102");

  /** Payments are allocated to the oldest charge due first. */
  static final PaymentAllocator ALLOCATOR =
      new PaymentAllocator(AllocationStrategy.oldestDueFirst());

  private final PortfolioSweep sweep =
      new PortfolioSweep(
          new RecoveryEngine(
              DefaultRecoveryPolicy.policy(),
              ALLOCATOR,
              new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
              new ForfeitureGate(ForfeitureFigures.statutory())));

  private final Map<AccountId, RecoveryCase> cases = new TreeMap<>();
  private final Map<AccountId, List<Hold>> holds = new TreeMap<>();
  private final Map<AccountId, LetterOfClaim> lettersOfClaim = new TreeMap<>();
  private final Map<AccountId, ContactLog> contacts = new TreeMap<>();
  private final Map<AccountId, CourtCases> courtCases = new TreeMap<>();
  private final Map<AccountId, Behaviour> behaviours;
  private final AccountId courtCase;
  private ArrangementBook book = ArrangementBook.empty();

  /**
   * Casework for the accounts in {@code behaviours}; {@code courtCase} is the account whose
   * approvals the officer gives.
   */
  Casework(Map<AccountId, Behaviour> behaviours, AccountId courtCase) {
    this.behaviours = behaviours;
    this.courtCase = courtCase;
  }

  /** The case of {@code account} (a case that has reached no stage if none is recorded). */
  RecoveryCase caseOf(AccountId account, DebtStream stream) {
    return cases.computeIfAbsent(account, a -> RecoveryCase.open(a, stream));
  }

  /** Every case recorded. */
  Map<AccountId, RecoveryCase> cases() {
    return cases;
  }

  /** Every hold set, by account. */
  Map<AccountId, List<Hold>> holds() {
    return holds;
  }

  /** The letters of claim sent. */
  Map<AccountId, LetterOfClaim> lettersOfClaim() {
    return lettersOfClaim;
  }

  /** The arrangement book. */
  ArrangementBook book() {
    return book;
  }

  /** Adds a hold to {@code account}. */
  void hold(AccountId account, Hold hold) {
    holds.computeIfAbsent(account, a -> new ArrayList<>()).add(hold);
  }

  /** Appends {@code entry} to the account's contact log; returns the entry. */
  ContactEntry contact(AccountId account, ContactEntry entry) {
    contacts.put(account, contactLog(account).with(entry));
    return entry;
  }

  /** Records {@code claim}, issued on {@code account}; returns the account's court cases. */
  CourtCases claim(AccountId account, CountyCourtClaim claim) {
    return courtCases.merge(
        account, CourtCases.none().withClaim(claim), (a, b) -> a.withClaim(claim));
  }

  /** The account's court cases. */
  CourtCases courtCases(AccountId account) {
    return courtCases.getOrDefault(account, CourtCases.none());
  }

  /** The account's contact log. */
  ContactLog contactLog(AccountId account) {
    return contacts.getOrDefault(account, ContactLog.empty(account));
  }

  /**
   * Every case as it would be stored: its stage history, the holds set on it (not the live
   * arrangements' holds, which come from the arrangement book) and its letter of claim, in account
   * order. The demo records no forfeiture facts.
   */
  List<CaseRecord> records() {
    List<CaseRecord> records = new ArrayList<>();
    cases.forEach(
        (account, c) ->
            records.add(
                new CaseRecord(
                    c,
                    ImmutableList.copyOf(holds.getOrDefault(account, List.of())),
                    Optional.ofNullable(lettersOfClaim.get(account)),
                    ForfeitureFacts.none())));
    return records;
  }

  /** Records the letter of claim sent on {@code account}. */
  void letterOfClaim(AccountId account, LetterOfClaim letter) {
    lettersOfClaim.put(account, letter);
  }

  /** Puts {@code record} in force on {@code date}, applying any arrangement it supersedes. */
  void putInForce(
      ArrangementRecord record,
      LocalDate date,
      org.homeownership.recovery.arrangement.ArrangementMonitor monitor,
      Map<AccountId, Ledger> ledgers) {
    ArrangementBook.BookUpdate update = book.putInForce(record, date, monitor, ledgers);
    book = update.book();
    update.cancelled().forEach(this::apply);
  }

  /**
   * Monitors every live or breached arrangement on {@code date}; returns the events, each applied
   * to the cases.
   */
  List<ArrangementEvent> monitor(
      org.homeownership.recovery.arrangement.ArrangementMonitor monitor,
      Map<AccountId, Ledger> ledgers,
      LocalDate date) {
    List<ArrangementEvent> events = new ArrayList<>();
    for (ArrangementRecord record : book.records()) {
      if (record.state() != ArrangementState.LIVE && record.state() != ArrangementState.BREACHED) {
        continue;
      }
      org.homeownership.recovery.arrangement.Review review = monitor.review(record, ledgers, date);
      book = book.with(review.record());
      review
          .event()
          .ifPresent(
              e -> {
                apply(e);
                events.add(e);
              });
    }
    return events;
  }

  private void apply(ArrangementEvent event) {
    event.resumeAt().keySet().forEach(a -> cases.computeIfPresent(a, (k, c) -> c.after(event)));
  }

  /** The case file of {@code account} as of {@code date}. */
  CaseFile file(AccountId account, DebtStream stream, Ledger ledger, LocalDate date) {
    return CaseFiles.assemble(
        ledger,
        caseOf(account, stream),
        holds.getOrDefault(account, List.of()),
        book,
        contactLog(account),
        Optional.ofNullable(lettersOfClaim.get(account)),
        ForfeitureFacts.none(),
        courtCases(account),
        date);
  }

  /**
   * Sweeps {@code files} on {@code date} and carries out what the officer would: every step taken
   * is recorded in the case and passed to {@code onStep} (account, stage entered).
   */
  Sweep sweep(List<CaseFile> files, LocalDate date, BiConsumer<Decision, Stage> onStep) {
    Worklist worklist = sweep.worklist(files.stream(), date);
    Map<String, Integer> entered = new TreeMap<>();
    int awaiting = 0;
    int referred = 0;
    int closed = 0;
    for (WorklistEntry entry : worklist.entries()) {
      Decision decision = entry.decision();
      AccountId account = decision.account();
      RecoveryCase recoveryCase = caseOf(account, decision.stream());
      Outcome outcome = decision.outcome();
      if (outcome instanceof Outcome.ActionDue due) {
        if (due.stage().needsApproval() && !account.equals(courtCase)) {
          awaiting++;
          continue;
        }
        cases.put(account, recoveryCase.after(decision));
        entered.merge(due.stage().code().code(), 1, Integer::sum);
        onStep.accept(decision, due.stage());
      } else if (outcome instanceof Outcome.ReferredToOfficer referral) {
        referred++;
        Stage stage = referral.stage();
        if (stage.code().equals(REMINDER_1) || stage.code().equals(REMINDER_2)) {
          cases.put(account, recoveryCase.entered(stage.code(), date));
          entered.merge(stage.code().code(), 1, Integer::sum);
          onStep.accept(decision, stage);
        }
      } else {
        if (outcome instanceof Outcome.Closed) {
          closed++;
        }
        cases.put(account, recoveryCase.after(decision));
      }
    }
    long onHold = worklist.countsByOutcome().getOrDefault(OutcomeKind.ON_HOLD, 0L);
    Money counted = Money.ZERO;
    for (WorklistEntry entry : worklist.entries()) {
      counted = counted.plus(entry.counted());
    }
    return new Sweep(
        worklist,
        new WeekRow(
            date,
            ImmutableSortedMap.copyOf(entered),
            awaiting,
            referred,
            (int) onHold,
            closed,
            counted));
  }

  /**
   * A sweep's worklist and its summary row.
   *
   * @param worklist the worklist
   * @param row the week's summary
   */
  record Sweep(Worklist worklist, WeekRow row) {}

  static final StageReference REMINDER_1 = StageReference.of("REMINDER_1");
  static final StageReference REMINDER_2 = StageReference.of("REMINDER_2");
  static final StageReference LETTER_OF_CLAIM = StageReference.of("LETTER_OF_CLAIM");
  static final StageReference COUNTY_COURT_CLAIM = StageReference.of("COUNTY_COURT_CLAIM");

  /** The behaviour of the household owning {@code account}. */
  Behaviour behaviourOf(AccountId account) {
    return behaviours.getOrDefault(account, Behaviour.PROMPT_PAYER);
  }

  /** The holds, flattened, for the report. */
  ImmutableList<Map.Entry<AccountId, Hold>> allHolds() {
    ImmutableList.Builder<Map.Entry<AccountId, Hold>> all = ImmutableList.builder();
    holds.forEach((a, list) -> list.forEach(h -> all.add(Map.entry(a, h))));
    return all.build();
  }
}
