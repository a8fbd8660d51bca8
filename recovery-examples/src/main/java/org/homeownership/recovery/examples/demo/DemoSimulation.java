package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.arrangement.ApprovalOutcome;
import org.homeownership.recovery.arrangement.ApprovalPolicy;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementEvent;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementMonitor;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.MakerChecker;
import org.homeownership.recovery.arrangement.MonitoringMethod;
import org.homeownership.recovery.arrangement.MonitoringPolicy;
import org.homeownership.recovery.arrangement.ScheduledInstalment;
import org.homeownership.recovery.billing.BillingRunPoster;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtFees;
import org.homeownership.recovery.examples.demo.SyntheticCouncil.Household;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.notices.ArrangementBreachLetter;
import org.homeownership.recovery.notices.ArrearsReminderLetter;
import org.homeownership.recovery.notices.BreathingSpaceAcknowledgementLetter;
import org.homeownership.recovery.notices.FinalReminderLetter;
import org.homeownership.recovery.notices.GroundRentNoticeLetter;
import org.homeownership.recovery.notices.ServiceChargeEstimateDemandLetter;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.Worklist;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceFigures;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceRules;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.servicecharge.InstalmentSchedule;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;

/**
 * Runs the demo: builds the council, stores it, then goes week by week from the first service
 * charge year's start to the as-of date, posting the bills raised and the payments made that week,
 * monitoring arrangements, sweeping every account with the recovery engine and carrying out what
 * the officer would, and setting the notable debtors' arrangements, dispute, breathing space and
 * vulnerability as their cases reach the point where they happen.
 */
final class DemoSimulation {

  /**
   * What to simulate.
   *
   * @param size how big a council
   * @param seed the random seed
   * @param from the first service charge year's first day
   */
  record Settings(CouncilSize size, long seed, LocalDate from) {

    /** The last sweep: eight weeks after the second year ends, on the weekly cycle. */
    LocalDate asOf() {
      long days = ChronoUnit.DAYS.between(from, from.plusYears(2));
      return from.plusWeeks((days + 6) / 7 + 8);
    }

    /** How many weekly sweeps the demo runs. */
    int weeks() {
      return (int) (ChronoUnit.DAYS.between(from, asOf()) / 7) + 1;
    }
  }

  /** Example arrangement monitoring policy (docs/arrangements.md): both checks, 3 days' grace. */
  static final EffectiveDated<MonitoringPolicy> MONITORING =
      EffectiveDated.from(
          LocalDate.of(2020, 1, 1),
          MonitoringPolicy.builder()
              .method(MonitoringMethod.BOTH)
              .toleranceDays(3)
              .missedInstalmentsForBreach(2)
              .missedInstalmentWindowDays(90)
              .doubleNextInstalmentAfterDirectDebitFailure(false)
              .build(),
          "arrangement monitoring",
          "example policy, docs/arrangements.md");

  /** Example approval policy: a second officer above £5,000 or 12 months (docs/arrangements.md). */
  static final EffectiveDated<ApprovalPolicy> APPROVAL =
      EffectiveDated.from(
          LocalDate.of(2020, 1, 1),
          ApprovalPolicy.builder()
              .secondApprovalAboveTotal(Money.parse("5000.00"))
              .secondApprovalAboveTermMonths(12)
              .build(),
          "second approval of arrangements",
          "example policy, docs/arrangements.md");

  private final Settings settings;
  private final JdbcStore store;
  private final Consumer<LocalDate> onWeek;
  private final SyntheticCouncil council;
  private final BillingPlan plan;
  private final PaymentSchedule payments;
  private final DemoLetters letters;
  private final Casework casework;
  private final DemoRecords records;
  private final Map<AccountId, Household> households = new TreeMap<>();
  private final Map<AccountId, List<String>> stories = new LinkedHashMap<>();
  private final Map<Household, LocalDate> payingAgainFrom = new HashMap<>();
  private final Map<Household, ArrangementId> arrangements = new HashMap<>();
  private final List<WeekRow> weeks = new ArrayList<>();
  private final Map<String, Integer> billsPosted = new LinkedHashMap<>();
  private Optional<Bill.Due> disputed = Optional.empty();
  private boolean disputeRaised;
  private boolean breathingSpaceRegistered;

  DemoSimulation(
      Settings settings, JdbcStore store, Path letterFolder, Consumer<LocalDate> onWeek) {
    this.settings = settings;
    this.store = store;
    this.onWeek = onWeek;
    this.council = SyntheticCouncil.generate(settings.size(), settings.seed());
    this.plan = BillingPlan.of(council, settings.from(), settings.seed());
    this.payments = new PaymentSchedule(settings.seed());
    this.records = new DemoRecords(store);
    this.letters = new DemoLetters(letterFolder, this::noticeIssued);
    Map<AccountId, Behaviour> behaviours = new TreeMap<>();
    AccountId court = null;
    for (Household h : council.households()) {
      for (AccountId account : h.accounts().values()) {
        households.put(account, h);
        behaviours.put(account, h.behaviour());
      }
      if (h.behaviour().notable()) {
        stories.put(h.accounts().get(DebtStream.SERVICE_CHARGES), new ArrayList<>());
      }
      if (h.behaviour() == Behaviour.COUNTY_COURT) {
        court = h.accounts().get(DebtStream.SERVICE_CHARGES);
      }
    }
    this.casework = new Casework(behaviours, java.util.Objects.requireNonNull(court));
  }

  /** Runs every week and returns what happened. */
  DemoResult run() {
    council.dwellings().forEach(store::save);
    council.leases().values().forEach(store::save);
    council.accounts().forEach(store::save);
    for (Household h : council.households()) {
      if (h.behaviour() == Behaviour.VULNERABLE) {
        for (AccountId account : h.accounts().values()) {
          casework.hold(
              account,
              new Hold.Vulnerability(
                  HoldTerms.from(
                      settings.from(), "vulnerable debtor", HoldAuthor.officer(Casework.OFFICER))));
        }
        tell(h, settings.from(), "vulnerability recorded: every recovery step goes to an officer");
      }
    }
    List<Bill> bills = new ArrayList<>(plan.bills());
    LocalDate asOf = settings.asOf();
    Worklist last = null;
    Map<AccountId, Ledger> ledgers = Map.of();
    for (LocalDate date = settings.from(); !date.isAfter(asOf); date = date.plusWeeks(1)) {
      postBills(bills, date);
      postPayments(date);
      raiseDispute(date);
      ledgers = ledgers();
      for (ArrangementEvent event :
          casework.monitor(new ArrangementMonitor(MONITORING), ledgers, date)) {
        arrangementEvent(event);
      }
      List<CaseFile> files = new ArrayList<>();
      for (Map.Entry<AccountId, Ledger> e : ledgers.entrySet()) {
        files.add(
            casework.file(
                e.getKey(), households.get(e.getKey()).streamOf(e.getKey()), e.getValue(), date));
      }
      Map<AccountId, Ledger> now = ledgers;
      LocalDate today = date;
      Casework.Sweep sweep = casework.sweep(files, date, (d, s) -> stepTaken(d, s, now, today));
      weeks.add(sweep.row());
      last = sweep.worklist();
      notableTriggers(now, date);
      records.saveCases(casework.records(), date);
      records.saveArrangements(casework.book(), date);
      onWeek.accept(date);
    }
    return new DemoResult(
        settings,
        council,
        ImmutableList.copyOf(billsPosted.entrySet()),
        ledgers,
        java.util.Objects.requireNonNull(last),
        ImmutableList.copyOf(weeks),
        casework,
        letters.samples(),
        letters.issued(),
        stories,
        records.counts());
  }

  private Map<AccountId, Ledger> ledgers() {
    Map<AccountId, Ledger> all = new TreeMap<>();
    try (Stream<AccountLedger> portfolio = store.portfolio()) {
      portfolio.forEach(a -> all.put(a.account().id(), a.ledger()));
    }
    return all;
  }

  private void postBills(List<Bill> bills, LocalDate date) {
    while (!bills.isEmpty() && !bills.get(0).raisedOn().isAfter(date)) {
      Bill bill = bills.remove(0);
      if (bill.run().isPresent()) {
        new BillingRunPoster(store).post(bill.run().get());
      } else if (!bill.postings().isEmpty()) {
        store.postAll(bill.postings());
      }
      ImmutableList<Bill.Due> dues = bill.dues();
      billsPosted.merge(bill.name(), dues.size(), Integer::sum);
      for (Bill.Due due : dues) {
        Household h = households.get(due.account());
        Behaviour behaviour = behaviourFor(h, bill.raisedOn());
        if (h.behaviour() == Behaviour.DISPUTES_A_CHARGE
            && disputed.isEmpty()
            && due.chargeType() == org.homeownership.recovery.ledger.ChargeType.SERVICE_CHARGE
            && due.dueDate().equals(settings.from().plusYears(1))) {
          disputed = Optional.of(due);
          continue;
        }
        payments.plan(due, behaviour, bill.raisedOn());
      }
      sampleBillLetters(bill);
    }
  }

  private Behaviour behaviourFor(Household h, LocalDate raisedOn) {
    LocalDate since = payingAgainFrom.get(h);
    if (since != null && !raisedOn.isBefore(since)) {
      return Behaviour.PROMPT_PAYER;
    }
    return h.behaviour();
  }

  private void sampleBillLetters(Bill bill) {
    LocalDate secondYear = settings.from().plusYears(1);
    plan.firstGroundRentDemand(bill.raisedOn())
        .filter(d -> !d.notice().noticeGiven().isBefore(secondYear.minusMonths(1)))
        .ifPresent(
            demand -> {
              DebtorAccount account =
                  households.get(demand.notice().account()).account(DebtStream.GROUND_RENT);
              letters.write(
                  "ground-rent-notice",
                  new GroundRentNoticeLetter(
                      DemoLetters.to(account, demand.notice().noticeGiven()),
                      demand.notice(),
                      demand.check()),
                  demand.notice().amount().format());
            });
    if (bill.run().isPresent()
        && bill.raisedOn().equals(secondYear.minusMonths(1))
        && bill.name().startsWith("Service charge estimates")) {
      Household h = promptPayingLeaseholder();
      ServiceChargeBill scBill = plan.estimate(secondYear).bill(h.dwelling().id()).orElseThrow();
      DateRange year = plan.estimate(secondYear).budget().year();
      DebtorAccount debtor = h.account(DebtStream.SERVICE_CHARGES);
      letters
          .write(
              "estimate-demand",
              new ServiceChargeEstimateDemandLetter(
                  DemoLetters.to(debtor, bill.raisedOn()),
                  "SC-" + secondYear.getYear() + "-" + h.dwelling().id().value(),
                  scBill,
                  InstalmentSchedule.of(
                      scBill.total(),
                      year,
                      council.leases().get(h.dwelling().id()).instalmentPlan(),
                      year.start())),
              scBill.total().format())
          .ifPresent(hold -> casework.hold(debtor.id(), hold));
    }
  }

  /** The first leaseholder who pays promptly: the one whose estimate demand the demo attempts. */
  private Household promptPayingLeaseholder() {
    return council.households().stream()
        .filter(h -> h.behaviour() == Behaviour.PROMPT_PAYER)
        .filter(h -> h.accounts().containsKey(DebtStream.GROUND_RENT))
        .findFirst()
        .orElseThrow();
  }

  private void postPayments(LocalDate date) {
    List<org.homeownership.recovery.persistence.jdbc.Posting> due = payments.paymentsUpTo(date);
    if (!due.isEmpty()) {
      store.postAll(due);
    }
    for (Map.Entry<LocalDate, PaymentSchedule.Returned> e : payments.returnsUpTo(date)) {
      PaymentSchedule.Returned returned = e.getValue();
      Ledger ledger = store.ledger(returned.account());
      Optional<PostedEntry> payment = ledger.findByExternalReference(returned.paymentReference());
      payment.ifPresent(
          p -> store.post(returned.account(), Reversal.of(p, e.getKey(), returned.reason())));
    }
  }

  private void raiseDispute(LocalDate date) {
    if (disputeRaised || disputed.isEmpty()) {
      return;
    }
    Bill.Due due = disputed.get();
    LocalDate on = due.dueDate().plusDays(9);
    if (on.isAfter(date)) {
      return;
    }
    Ledger ledger = store.ledger(due.account());
    ledger
        .findByExternalReference(due.reference())
        .ifPresent(
            charge -> {
              logContact(
                  due.account(),
                  on,
                  ContactKind.LETTER,
                  ContactDirection.INCOMING,
                  true,
                  "debtor wrote disputing the charge " + due.reference());
              casework.hold(
                  due.account(),
                  new Hold.ChargeDispute(
                      HoldTerms.from(
                          on,
                          "leaseholder disputes the charge",
                          HoldAuthor.officer(Casework.OFFICER)),
                      charge.id()));
              tell(
                  households.get(due.account()),
                  on,
                  "disputes the service charge instalment of "
                      + due.amount().format()
                      + " due "
                      + due.dueDate()
                      + " ("
                      + due.reference()
                      + "): that charge is set aside, the rest of the debt goes on");
            });
    disputeRaised = true;
  }

  private void stepTaken(
      Decision decision, Stage stage, Map<AccountId, Ledger> ledgers, LocalDate date) {
    AccountId account = decision.account();
    Household h = households.get(account);
    Ledger ledger = ledgers.get(account);
    DebtorAccount debtor = h.account(decision.stream());
    String code = stage.code().code();
    AgedDebt arrears = DemoLetters.arrears(ledger, date);
    switch (code) {
      case "REMINDER_1" ->
          letters.write(
              "arrears-reminder",
              new ArrearsReminderLetter(DemoLetters.to(debtor, date), arrears, date.plusDays(14)),
              arrears.arrears().format());
      case "REMINDER_2" ->
          letters.write(
              "final-reminder",
              new FinalReminderLetter(DemoLetters.to(debtor, date), arrears, date.plusDays(7)),
              arrears.arrears().format());
      case "LENDER_LETTER" ->
          letters
              .issue(
                  "mortgage-lender",
                  RecoveryLetters.lender(h, debtor, arrears, date),
                  arrears.arrears().format())
              .ifPresent(hold -> casework.hold(account, hold));
      case "LETTER_OF_CLAIM" -> {
        casework.letterOfClaim(account, LetterOfClaim.sent(date));
        Money claimable = decision.position().counted();
        letters
            .issue(
                "letter-of-claim",
                RecoveryLetters.letterOfClaim(
                    h,
                    debtor,
                    council.leases().get(h.dwelling().id()),
                    claimable,
                    ledger.statement(DateRange.inclusive(settings.from().minusMonths(1), date)),
                    date),
                claimable.format())
            .ifPresent(hold -> casework.hold(account, hold));
      }
      case "COUNTY_COURT_CLAIM" -> issueClaim(account, ledger, decision.position().counted(), date);
      default -> {
        // No letter of this kind is in recovery-notices yet, or it is not a letter.
      }
    }
    if (stories.containsKey(account)) {
      String what =
          switch (code) {
            case "LETTER_OF_CLAIM" ->
                "letter of claim sent with its four enclosures (Pre-Action Protocol)";
            case "COUNTY_COURT_CLAIM" ->
                "county court claim approved and issued, 30 days after the letter of claim";
            default -> stage.name().toLowerCase(java.util.Locale.UK);
          };
      tell(h, date, what + "; counted arrears " + decision.position().counted().format());
    }
  }

  private void notableTriggers(Map<AccountId, Ledger> ledgers, LocalDate date) {
    for (Household h : council.households()) {
      Behaviour b = h.behaviour();
      AccountId sc = h.accounts().get(DebtStream.SERVICE_CHARGES);
      if (sc == null || !b.notable()) {
        continue;
      }
      RecoveryCase c = casework.caseOf(sc, DebtStream.SERVICE_CHARGES);
      // The debtor answers the final reminder: three days after it, before the next sweep.
      boolean atFinalReminder = c.currentStage().equals(Optional.of(Casework.REMINDER_2));
      LocalDate answered = date.plusDays(3);
      if ((b == Behaviour.ARRANGEMENT_MAKER || b == Behaviour.ARRANGEMENT_BREAKER)
          && !arrangements.containsKey(h)
          && atFinalReminder) {
        makeArrangement(h, sc, ledgers.get(sc), answered);
      }
      if (b == Behaviour.BREATHING_SPACE && !breathingSpaceRegistered && atFinalReminder) {
        breathingSpaceRegistered = true;
        BreathingSpaceOutcome outcome =
            new BreathingSpaceRules(BreathingSpaceFigures.statutory())
                .standard(
                    date.plusDays(1),
                    date.plusDays(2),
                    List.of(),
                    HoldAuthor.system("breathing space register"));
        if (outcome instanceof BreathingSpaceOutcome.Started started) {
          h.accounts().values().forEach(a -> casework.hold(a, started.hold()));
          Money owed = ledgers.get(sc).balanceAt(started.hold().registeredOn());
          letters
              .issue(
                  "breathing-space-acknowledgement",
                  new BreathingSpaceAcknowledgementLetter(
                      DemoLetters.to(h.account(DebtStream.SERVICE_CHARGES), date.plusDays(2)),
                      started.hold(),
                      owed,
                      List.of()),
                  owed.format())
              .ifPresent(hold -> casework.hold(sc, hold));
          tell(
              h,
              date.plusDays(2),
              "standard breathing space registered "
                  + started.hold().registeredOn()
                  + ": recovery held "
                  + started.hold().terms().start()
                  + " to "
                  + started.hold().terms().until().orElseThrow()
                  + ", midway review from "
                  + started.hold().terms().review().orElseThrow());
        }
      }
    }
  }

  private void makeArrangement(Household h, AccountId sc, Ledger ledger, LocalDate date) {
    Money balance = ledger.balanceAt(date.minusDays(1));
    if (!balance.isPositive()) {
      return;
    }
    // Six monthly instalments, each rounded up to the penny; the last takes the remainder.
    Money instalment = Money.ofPence((balance.pence() + 5) / 6);
    ArrangementId id = ArrangementId.of("ARR-" + (arrangements.size() + 1));
    Arrangement arrangement =
        Arrangement.builder()
            .id(id)
            .addAccounts(sc)
            .frequency(InstalmentFrequency.MONTHLY)
            .instalmentAmount(instalment)
            .firstInstalmentOn(date.plusDays(14))
            .startingBalance(balance)
            .kind(ArrangementKind.INFORMAL)
            .madeBy(Casework.OFFICER)
            .madeOn(date)
            .putHeldAtStage(sc, Casework.REMINDER_2)
            .build();
    ArrangementMonitor monitor = new ArrangementMonitor(MONITORING);
    Map<AccountId, Ledger> covered = Map.of(sc, ledger);
    MakerChecker checker = new MakerChecker(APPROVAL, monitor);
    ArrangementRecord proposed = ArrangementRecord.proposed(arrangement);
    ApprovalOutcome outcome = checker.approve(proposed, Casework.OFFICER, date, covered);
    if (outcome instanceof ApprovalOutcome.Refused) {
      outcome = checker.approve(proposed, Casework.SECOND_OFFICER, date, covered);
    }
    if (!(outcome instanceof ApprovalOutcome.Approved approved)) {
      tell(h, date, "arrangement refused: " + outcome);
      return;
    }
    logContact(
        sc,
        date,
        ContactKind.CALL,
        ContactDirection.INCOMING,
        true,
        "debtor phoned about the final reminder and offered to pay by instalments");
    casework.putInForce(approved.record(), date, monitor, covered);
    arrangements.put(h, id);
    letters
        .issue(
            "arrangement-confirmation",
            RecoveryLetters.confirmation(
                h.account(DebtStream.SERVICE_CHARGES),
                casework.book().find(id).orElseThrow(),
                date),
            instalment.format())
        .ifPresent(hold -> casework.hold(sc, hold));
    List<ScheduledInstalment> instalments = arrangement.schedule().instalments();
    int paid = h.behaviour() == Behaviour.ARRANGEMENT_BREAKER ? 2 : instalments.size();
    for (ScheduledInstalment i : instalments.subList(0, Math.min(paid, instalments.size()))) {
      payments.pay(
          sc, id.value() + "-" + i.number(), i.dueOn(), i.amount(), PaymentMethod.STANDING_ORDER);
    }
    if (h.behaviour() == Behaviour.ARRANGEMENT_MAKER) {
      payingAgainFrom.put(h, date);
    }
    tell(
        h,
        date,
        "arrangement "
            + id.value()
            + " made and approved: "
            + instalments.size()
            + " monthly instalments of "
            + instalment.format()
            + " from "
            + date.plusDays(14)
            + " to clear "
            + balance.format()
            + "; recovery held at the final reminder");
  }

  private void arrangementEvent(ArrangementEvent event) {
    for (AccountId account : event.resumeAt().keySet()) {
      Household h = households.get(account);
      String what = "arrangement " + event.arrangement().value();
      if (event instanceof ArrangementEvent.ArrangementBreached) {
        what += " breached: recovery resumes at the final reminder";
        breachLetter(h, account, event);
      } else if (event instanceof ArrangementEvent.ArrangementCompleted) {
        what += " completed: the debt it covered is cleared";
      } else if (event instanceof ArrangementEvent.ArrangementCancelled) {
        what += " cancelled";
      } else {
        what += " reinstated";
      }
      tell(h, event.on(), what);
    }
  }

  private void breachLetter(Household h, AccountId account, ArrangementEvent event) {
    ArrangementRecord record = casework.book().find(event.arrangement()).orElseThrow();
    ArrangementBreachLetter letter =
        RecoveryLetters.breach(h.account(h.streamOf(account)), record, event.on());
    String shortfall = RecoveryLetters.shortfall(record, event.on()).format();
    letters
        .issue("arrangement-breach", letter, shortfall)
        .ifPresent(hold -> casework.hold(account, hold));
  }

  /**
   * Records the county court claim issued on {@code date}: every charge due by then, the counted
   * arrears as the debt, no interest, and the issue fee from {@link CourtFees#moneyClaims()} (whose
   * effective date is UNCONFIRMED, LAW-AND-PRACTICE.md §6.4). The claim number is the demo's own
   * ({@code DEMO-} and the account), not a court's.
   */
  private void issueClaim(AccountId account, Ledger ledger, Money debt, LocalDate date) {
    if (!debt.isPositive()) {
      return;
    }
    java.util.Set<org.homeownership.recovery.ledger.EntryId> charges = new java.util.TreeSet<>();
    for (PostedEntry posted : ledger.entries()) {
      if (posted.entry() instanceof org.homeownership.recovery.ledger.Charge charge
          && !charge.dueDate().isAfter(date)) {
        charges.add(posted.id());
      }
    }
    CountyCourtClaim claim =
        CountyCourtClaim.builder()
            .claimNumber(ClaimNumber.of("DEMO-" + account.value()))
            .issuedOn(date)
            .charges(charges)
            .debt(debt)
            .fee(new CourtFees(CourtFees.moneyClaims()).issueFee(debt, Money.ZERO, date).fee())
            .build();
    records.saveCourtCases(
        account,
        casework.claim(account, claim),
        date,
        "county court claim issued: " + claim.claimNumber());
  }

  /**
   * A notice was issued: its record is kept, and the letter goes in the account's contact log as an
   * outgoing letter (which does not reach the debtor on its own).
   */
  private void noticeIssued(IssuedNotice notice) {
    records.noticeIssued(notice);
    logContact(
        notice.account(),
        notice.issuedOn(),
        ContactKind.LETTER,
        ContactDirection.OUTGOING,
        false,
        "sent " + notice.templateCode() + " (" + notice.documentReference() + ")");
  }

  /** Appends a contact to the account's log, in memory and in the database. */
  private void logContact(
      AccountId account,
      LocalDate on,
      ContactKind kind,
      ContactDirection direction,
      boolean debtorReached,
      String outcome) {
    ContactEntry entry =
        ContactEntry.builder()
            .id(
                ContactId.of(
                    "C-"
                        + account.value()
                        + "-"
                        + (casework.contactLog(account).entries().size() + 1)))
            .on(on)
            .kind(kind)
            .direction(direction)
            .officer(Casework.OFFICER)
            .outcome(outcome)
            .debtorReached(debtorReached)
            .build();
    records.contact(account, casework.contact(account, entry));
  }

  private void tell(Household h, LocalDate date, String what) {
    AccountId sc = h.accounts().get(DebtStream.SERVICE_CHARGES);
    stories.computeIfAbsent(sc, a -> new ArrayList<>()).add(date + ": " + what);
  }
}
