package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.ageing.BandAmounts;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.ArrangementEvent;
import org.homeownership.recovery.arrangement.ArrangementMonitor;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.Assessment;
import org.homeownership.recovery.arrangement.MonitoringCheck;
import org.homeownership.recovery.arrangement.Review;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementOutcome;
import org.homeownership.recovery.court.Hearing;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentPayment;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.demand.CheckResult;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.HoldNote;
import org.homeownership.recovery.recoverycase.Outcome;
import org.homeownership.recovery.recoverycase.OutcomeKind;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.RecoveryEngine;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentLine;
import org.homeownership.recovery.servicecharge.CostHead;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;

/**
 * Runs the library on a {@link Scenario} and gives the results as JSON: per account its balance,
 * aged debt, the statutory checks of its demands, its holds and the recovery decision with every
 * reason; each arrangement's state after monitoring; the portfolio's aged debt and counts of
 * decisions; and the apportionment of a service charge budget if the scenario gives one.
 *
 * <p>Arrangements are monitored as a nightly run would: every day from approval to the as-of date.
 * A breach or cancellation resumes recovery at the stage the arrangement held the case at; each
 * period an arrangement was live becomes a live-arrangement hold, so its days are left out of the
 * stage intervals. Payments are allocated oldest due first; arrears are aged in the standard bands
 * (not yet due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365 days).
 */
public final class ScenarioRunner {

  private static final AllocationStrategy ALLOCATION = AllocationStrategy.oldestDueFirst();

  /** Runs {@code scenario}. */
  public ObjectNode run(Scenario scenario) {
    LocalDate asOf = scenario.asOf();
    PaymentAllocator allocator = new PaymentAllocator(ALLOCATION);
    RecoveryEngine engine =
        new RecoveryEngine(
            scenario.policy(),
            allocator,
            new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
            new ForfeitureGate(ForfeitureFigures.statutory()));
    ArrearsAgeing ageing = new ArrearsAgeing(AgeingBands.standard());

    Map<AccountId, Ledger> ledgers = new HashMap<>();
    scenario.accounts().forEach(a -> ledgers.put(a.account().id(), a.ledger()));

    List<Monitored> monitored = new ArrayList<>();
    for (ArrangementRecord record : scenario.arrangements()) {
      monitored.add(monitor(record, ledgers, scenario, asOf));
    }

    ObjectNode out = Json.object();
    out.put("formatVersion", ScenarioReader.FORMAT_VERSION);
    out.put("scenario", scenario.name());
    out.put("asOf", asOf.toString());
    out.put("policy", scenario.policy().name());
    out.put("allocation", ALLOCATION.describe());

    ArrayNode accounts = out.putArray("accounts");
    AgedDebt portfolio = AgedDebt.none(asOf, ageing.bands());
    Map<OutcomeKind, Long> byOutcome = new EnumMap<>(OutcomeKind.class);
    List<ScenarioAccount> sorted = new ArrayList<>(scenario.accounts());
    sorted.sort(Comparator.comparing(a -> a.account().id()));
    for (ScenarioAccount account : sorted) {
      AccountId id = account.account().id();
      RecoveryCase recoveryCase = account.recoveryCase();
      List<Hold> holds = new ArrayList<>(account.holds());
      List<String> arrangementIds = new ArrayList<>();
      for (Monitored m : monitored) {
        if (!m.record.arrangement().accounts().contains(id)) {
          continue;
        }
        arrangementIds.add(m.record.id().value());
        for (ArrangementEvent event : m.events) {
          recoveryCase = recoveryCase.after(event);
        }
        holds.addAll(liveHolds(m.record, id, asOf));
      }
      CaseFile file =
          CaseFile.builder()
              .ledger(account.ledger())
              .recoveryCase(recoveryCase)
              .holds(holds)
              .contactLog(ContactLog.of(account.account().id(), account.contacts()))
              .demandAssessments(account.assessments())
              .letterOfClaim(account.letterOfClaim())
              .courtCases(account.courtCases())
              .build();
      Decision decision = engine.decide(file, asOf);
      Set<EntryId> disputed =
          holds.stream()
              .filter(h -> h instanceof Hold.ChargeDispute && h.isInForceOn(asOf))
              .map(h -> ((Hold.ChargeDispute) h).charge())
              .collect(Collectors.toSet());
      AgedDebt aged = ageing.age(allocator.allocate(account.ledger(), asOf, disputed));
      portfolio = portfolio.plus(aged);
      byOutcome.merge(decision.kind(), 1L, Long::sum);

      ObjectNode node = accounts.addObject();
      node.put("account", id.value());
      node.put("stream", account.account().stream().name());
      node.put("dwelling", account.account().dwelling().value());
      node.put("tenure", account.account().tenure().name());
      node.put("balance", Json.money(account.ledger().balanceAt(asOf)));
      node.set("agedDebt", aged(aged));
      node.set("statutoryChecks", statutoryChecks(account.assessments()));
      ArrayNode ids = node.putArray("arrangements");
      arrangementIds.forEach(ids::add);
      node.set("breathingSpaces", breathingSpaces(account.breathingSpaces()));
      node.set("holds", holds(holds, account, asOf));
      node.set("recoveryHistory", history(recoveryCase));
      node.set("courtCases", courtCases(account, asOf));
      node.set("decision", decision(decision));
    }

    ArrayNode arrangements = out.putArray("arrangements");
    monitored.stream()
        .sorted(Comparator.comparing(m -> m.record.id()))
        .forEach(m -> arrangements.add(arrangement(m)));

    ObjectNode totals = out.putObject("portfolio");
    totals.set("agedDebt", aged(portfolio));
    ObjectNode outcomes = totals.putObject("decisionsByOutcome");
    byOutcome.forEach((kind, count) -> outcomes.put(kind.name(), count));

    scenario
        .budget()
        .ifPresent(
            budget ->
                out.set(
                    "apportionment",
                    apportionment(
                        new ServiceChargeApportioner(budget.policy())
                            .apportion(budget.budget(), scenario.dwellings(), scenario.leases()))));
    return out;
  }

  // ---------------------------------------------------------------- arrangements

  private record Monitored(
      ArrangementRecord record, List<ArrangementEvent> events, Optional<Assessment> assessment) {}

  private static Monitored monitor(
      ArrangementRecord start, Map<AccountId, Ledger> ledgers, Scenario scenario, LocalDate asOf) {
    if (scenario.monitoring().isEmpty() || start.history().isEmpty()) {
      return new Monitored(start, List.of(), Optional.empty());
    }
    ArrangementMonitor monitor = new ArrangementMonitor(scenario.monitoring().get());
    ArrangementRecord record = start;
    List<ArrangementEvent> events = new ArrayList<>();
    LocalDate from = start.history().get(start.history().size() - 1).on();
    for (LocalDate day = from; !day.isAfter(asOf); day = day.plusDays(1)) {
      if (!record.state().isOpen() || record.state() == ArrangementState.PROPOSED) {
        break;
      }
      Review review = monitor.review(record, ledgers, day);
      record = review.record();
      review.event().ifPresent(events::add);
    }
    Assessment assessment =
        asOf.isBefore(record.arrangement().madeOn()) ? null : monitor.assess(record, ledgers, asOf);
    return new Monitored(record, events, Optional.ofNullable(assessment));
  }

  /** The periods {@code record} was live up to {@code asOf}, as holds on {@code account}. */
  private static List<Hold> liveHolds(ArrangementRecord record, AccountId account, LocalDate asOf) {
    List<Hold> holds = new ArrayList<>();
    HoldAuthor setBy = HoldAuthor.officer(record.arrangement().madeBy());
    String reason = "live arrangement " + record.id();
    LocalDate liveFrom = null;
    for (StateChange change : record.history()) {
      if (change.on().isAfter(asOf)) {
        break;
      }
      if (change.to() == ArrangementState.LIVE && liveFrom == null) {
        liveFrom = change.on();
      } else if (change.to() != ArrangementState.LIVE && liveFrom != null) {
        if (change.on().isAfter(liveFrom)) {
          holds.add(
              live(
                  record,
                  account,
                  HoldTerms.between(liveFrom, change.on().minusDays(1), reason, setBy)));
        }
        liveFrom = null;
      }
    }
    if (liveFrom != null) {
      holds.add(live(record, account, HoldTerms.from(liveFrom, reason, setBy)));
    }
    return holds;
  }

  private static Hold live(ArrangementRecord record, AccountId account, HoldTerms terms) {
    return new Hold.LiveArrangement(
        terms, record.id(), Optional.ofNullable(record.arrangement().heldAtStage().get(account)));
  }

  private static ObjectNode arrangement(Monitored m) {
    ArrangementRecord record = m.record;
    ObjectNode node = Json.object();
    node.put("id", record.id().value());
    ArrayNode covered = node.putArray("accounts");
    record.arrangement().accounts().forEach(a -> covered.add(a.value()));
    node.put("frequency", record.arrangement().frequency().name());
    node.put("instalmentAmount", Json.money(record.arrangement().instalmentAmount()));
    node.put("startingBalance", Json.money(record.arrangement().startingBalance()));
    node.put("state", record.state().name());
    ArrayNode history = node.putArray("history");
    for (StateChange change : record.history()) {
      ObjectNode c = history.addObject();
      c.put("on", change.on().toString());
      c.put("from", change.from().name());
      c.put("to", change.to().name());
      c.put("expectedBalance", Json.money(change.expectedBalance()));
      c.put("actualBalance", Json.money(change.actualBalance()));
      c.put("reason", change.reason());
    }
    if (m.assessment.isPresent()) {
      Assessment a = m.assessment.get();
      ObjectNode assessment = node.putObject("assessment");
      assessment.put("asOf", a.asOf().toString());
      assessment.put("expectedBalance", Json.money(a.expectedBalance()));
      assessment.put("actualBalance", Json.money(a.actualBalance()));
      assessment.put("paid", Json.money(a.paid()));
      assessment.put("due", Json.money(a.due()));
      assessment.put("kept", a.kept());
      ArrayNode checks = assessment.putArray("checks");
      for (MonitoringCheck check : a.checks()) {
        ObjectNode c = checks.addObject();
        c.put(
            "check",
            check instanceof MonitoringCheck.ExpectedBalance
                ? "EXPECTED_BALANCE"
                : "MISSED_INSTALMENTS");
        c.put("kept", check.kept());
        c.put("reason", check.reason());
      }
      assessment.put("directDebitFailures", a.directDebitFailures().size());
    } else {
      node.putNull("assessment");
    }
    return node;
  }

  // ---------------------------------------------------------------- court and tribunal

  /**
   * The account's court and tribunal cases as read (format 2): each claim with its hearings,
   * judgment and closure, each tribunal application with its determination, and each enforcement;
   * charges by their references; with whether each was live or final on {@code asOf}.
   */
  private static ObjectNode courtCases(ScenarioAccount account, LocalDate asOf) {
    CourtCases cases = account.courtCases();
    ObjectNode node = Json.object();
    ArrayNode claims = node.putArray("claims");
    for (CountyCourtClaim claim : cases.claims()) {
      ObjectNode c = claims.addObject();
      c.put("claimNumber", claim.claimNumber().value());
      c.put("issuedOn", claim.issuedOn().toString());
      c.set("charges", references(claim.charges(), account));
      c.put("debt", Json.money(claim.debt()));
      c.put("interest", Json.money(claim.interestClaimed()));
      c.put("amountClaimed", Json.money(claim.amountClaimed()));
      c.put("fee", Json.money(claim.fee()));
      c.set("hearings", hearings(claim.hearings()));
      if (claim.judgment().isPresent()) {
        Judgment j = claim.judgment().get();
        ObjectNode judgment = c.putObject("judgment");
        judgment.put("on", j.on().toString());
        judgment.put("kind", j.kind().name());
        judgment.put("debt", Json.money(j.debt()));
        judgment.put("interest", Json.money(j.interest()));
        judgment.put("costs", Json.money(j.costs()));
        judgment.put("terms", j.terms().describe());
        ArrayNode payments = judgment.putArray("payments");
        for (JudgmentPayment p : j.payments()) {
          ObjectNode payment = payments.addObject();
          payment.put("on", p.on().toString());
          payment.put("amount", Json.money(p.amount()));
        }
      } else {
        c.putNull("judgment");
      }
      if (claim.closure().isPresent()) {
        ObjectNode closure = c.putObject("closure");
        closure.put("on", claim.closure().get().on().toString());
        closure.put("kind", claim.closure().get().kind().name());
      } else {
        c.putNull("closure");
      }
      c.put("liveOnAsOf", claim.isLiveOn(asOf));
    }
    ArrayNode tribunal = node.putArray("tribunalApplications");
    for (TribunalApplication application : cases.tribunalApplications()) {
      ObjectNode t = tribunal.addObject();
      t.put("caseReference", application.caseReference());
      t.put("madeOn", application.madeOn().toString());
      t.put("applicant", application.applicant().name());
      t.set("charges", references(application.charges(), account));
      t.put("amountInIssue", Json.money(application.amountInIssue()));
      t.set("hearings", hearings(application.hearings()));
      if (application.determination().isPresent()) {
        TribunalDetermination d = application.determination().get();
        ObjectNode determination = t.putObject("determination");
        determination.put("decidedOn", d.decidedOn().toString());
        determination.put("amountFoundPayable", Json.money(d.amountFoundPayable()));
        determination.set("chargesFoundPayable", references(d.chargesFoundPayable(), account));
        if (d.finalOn().isPresent()) {
          determination.put("finalOn", d.finalOn().get().toString());
        } else {
          determination.putNull("finalOn");
        }
        determination.put("finalByAsOf", d.isFinalBy(asOf));
      } else {
        t.putNull("determination");
      }
      if (application.withdrawnOn().isPresent()) {
        t.put("withdrawnOn", application.withdrawnOn().get().toString());
      } else {
        t.putNull("withdrawnOn");
      }
      t.put("liveOnAsOf", application.isLiveOn(asOf));
    }
    ArrayNode enforcements = node.putArray("enforcements");
    for (EnforcementApplication enforcement : cases.enforcements()) {
      ObjectNode e = enforcements.addObject();
      e.put("claimNumber", enforcement.claimNumber().value());
      e.put("method", enforcement.method().name());
      e.put("appliedOn", enforcement.appliedOn().toString());
      e.put("fee", Json.money(enforcement.fee()));
      if (enforcement.outcome().isPresent()) {
        EnforcementOutcome o = enforcement.outcome().get();
        ObjectNode outcome = e.putObject("outcome");
        outcome.put("on", o.on().toString());
        outcome.put("kind", o.kind().name());
        outcome.put("recovered", Json.money(o.recovered()));
      } else {
        e.putNull("outcome");
      }
    }
    return node;
  }

  private static ArrayNode references(java.util.Collection<EntryId> charges, ScenarioAccount a) {
    ArrayNode out = Json.array();
    charges.stream()
        .sorted()
        .forEach(id -> out.add(a.references().getOrDefault(id, "entry " + id.value())));
    return out;
  }

  private static ArrayNode hearings(List<Hearing> hearings) {
    ArrayNode out = Json.array();
    for (Hearing h : hearings) {
      ObjectNode hearing = out.addObject();
      hearing.put("on", h.on().toString());
      hearing.put("purpose", h.purpose());
    }
    return out;
  }

  // ---------------------------------------------------------------- accounts

  private static ObjectNode aged(AgedDebt aged) {
    ObjectNode node = Json.object();
    node.put("asOf", aged.asOf().toString());
    node.put("accounts", aged.accounts());
    node.put("accountsInArrears", aged.accountsInArrears());
    node.set("bands", bands(aged, aged.total()));
    ObjectNode byType = node.putObject("byChargeType");
    new TreeMap<ChargeType, BandAmounts>(aged.byChargeType())
        .forEach((type, amounts) -> byType.set(type.name(), bands(aged, amounts)));
    node.put("arrears", Json.money(aged.arrears()));
    node.put("disputed", Json.money(aged.disputed()));
    node.put("unallocatedCredit", Json.money(aged.unallocatedCredit()));
    node.put("balance", Json.money(aged.balance()));
    return node;
  }

  private static ObjectNode bands(AgedDebt aged, BandAmounts amounts) {
    ObjectNode node = Json.object();
    for (int i = 0; i < aged.bands().size(); i++) {
      node.put(aged.bands().bands().get(i).label(), Json.money(amounts.get(i)));
    }
    node.put("total", Json.money(amounts.total()));
    return node;
  }

  private static ArrayNode statutoryChecks(List<DemandAssessment> assessments) {
    ArrayNode out = Json.array();
    assessments.stream()
        .sorted(Comparator.comparing((DemandAssessment a) -> a.demand().reference()))
        .forEach(
            a -> {
              ObjectNode node = out.addObject();
              node.put("demand", a.demand().reference());
              node.put("servedOn", a.demand().servedOn().toString());
              node.put("serviceCharge", Json.money(a.demand().serviceCharge()));
              node.put("administrationCharge", Json.money(a.demand().administrationCharge()));
              node.put("valid", a.isValid());
              node.put("irrecoverable", Json.money(a.irrecoverable()));
              node.put("payableNow", Json.money(a.payableNow()));
              ArrayNode checks = node.putArray("checks");
              for (CheckResult r : a.results()) {
                ObjectNode c = checks.addObject();
                c.put("rule", r.rule());
                c.put("citation", r.citation());
                c.put("verdict", r.verdict().name());
                c.put("amount", Json.money(r.amount()));
                ArrayNode reasons = c.putArray("reasons");
                r.reasons().forEach(reasons::add);
              }
            });
    return out;
  }

  private static ArrayNode breathingSpaces(List<BreathingSpaceOutcome> outcomes) {
    ArrayNode out = Json.array();
    for (BreathingSpaceOutcome outcome : outcomes) {
      ObjectNode node = out.addObject();
      node.put("outcome", outcome instanceof BreathingSpaceOutcome.Started ? "STARTED" : "REFUSED");
      node.set("checks", conditions(outcome.checks()));
    }
    return out;
  }

  private static ArrayNode holds(List<Hold> holds, ScenarioAccount account, LocalDate asOf) {
    ArrayNode out = Json.array();
    for (Hold hold : holds) {
      ObjectNode node = out.addObject();
      node.put("kind", hold.kind().name());
      node.put("start", hold.terms().start().toString());
      node.set("until", Json.date(hold.terms().until()));
      node.set("review", Json.date(hold.terms().review()));
      node.put("setBy", hold.terms().setBy().toString());
      node.put("inForce", hold.isInForceOn(asOf));
      node.put("holdsCase", hold.holdsCase());
      if (hold instanceof Hold.ChargeDispute dispute) {
        node.put(
            "charge",
            account.references().getOrDefault(dispute.charge(), dispute.charge().toString()));
      } else if (hold instanceof Hold.Insolvency insolvency) {
        node.put("proceeding", insolvency.proceeding().name());
      } else if (hold instanceof Hold.PromiseToPay promise) {
        node.put("amount", Json.money(promise.amount()));
      } else if (hold instanceof Hold.MissingData missing) {
        node.put("missing", missing.missing());
      } else if (hold instanceof Hold.BreathingSpace space) {
        node.put("moratorium", space.moratorium().name());
        node.put("registeredOn", space.registeredOn().toString());
      } else if (hold instanceof Hold.LiveArrangement live) {
        node.put("arrangement", live.arrangement().value());
        node.set("heldAtStage", Json.text(live.heldAtStage().map(s -> s.code())));
      }
    }
    return out;
  }

  private static ArrayNode history(RecoveryCase recoveryCase) {
    ArrayNode out = Json.array();
    recoveryCase
        .history()
        .forEach(
            e -> {
              ObjectNode node = out.addObject();
              node.set("stage", Json.text(e.stage().map(s -> s.code())));
              node.put("on", e.on().toString());
              node.put("move", e.move().name());
            });
    return out;
  }

  // ---------------------------------------------------------------- decision

  static ObjectNode decision(Decision decision) {
    ObjectNode node = Json.object();
    Outcome outcome = decision.outcome();
    node.put("outcome", decision.kind().name());
    node.put("summary", outcome.describe());
    if (outcome.about().isPresent()) {
      node.set("stage", stage(outcome.about().get()));
    } else {
      node.putNull("stage");
    }
    if (outcome instanceof Outcome.ReferredToOfficer referred) {
      node.put("referredBecause", referred.why());
    } else if (outcome instanceof Outcome.GateClosed closed) {
      node.put("blockedBy", closed.gate());
    } else if (outcome instanceof Outcome.OnHold onHold) {
      node.set("resumeAt", Json.text(onHold.resumeAt().map(s -> s.code())));
    } else if (outcome instanceof Outcome.SteppedBack back) {
      node.put("steppedBackFrom", back.from().code());
      node.set("steppedBackTo", Json.text(back.to().map(s -> s.code())));
    }
    node.set("currentStage", Json.text(decision.currentStage().map(s -> s.code())));
    ObjectNode position = node.putObject("position");
    position.put("counted", Json.money(decision.position().counted()));
    position.put("outstanding", Json.money(decision.position().outstanding()));
    position.put("excluded", Json.money(decision.position().excluded()));
    position.put("disputed", Json.money(decision.position().disputed()));
    position.set("oldestCountedDueDate", Json.date(decision.position().oldestCountedDueDate()));
    position.put("daysOverdue", decision.position().daysOverdue());
    node.set("conditions", conditions(decision.conditions()));
    ArrayNode gates = node.putArray("gates");
    for (GateResult gate : decision.gates()) {
      ObjectNode g = gates.addObject();
      g.put("gate", gate.gate());
      g.put("citation", gate.citation());
      g.put("open", gate.open());
      g.set("earliestOpen", Json.date(gate.earliestOpen()));
      g.set("checks", conditions(gate.checks()));
    }
    ArrayNode holds = node.putArray("holds");
    for (HoldNote hold : decision.holds()) {
      ObjectNode h = holds.addObject();
      h.put("kind", hold.kind().name());
      h.put("start", hold.start().toString());
      h.set("until", Json.date(hold.until()));
      h.set("review", Json.date(hold.review()));
      h.put("setBy", hold.setBy());
      h.put("effect", hold.effect());
    }
    ArrayNode notes = node.putArray("notes");
    decision.notes().forEach(notes::add);
    node.set("earliestNextDue", Json.date(decision.earliestNextDue()));
    ArrayNode text = node.putArray("text");
    decision.describe().lines().forEach(text::add);
    return node;
  }

  private static ObjectNode stage(Stage stage) {
    ObjectNode node = Json.object();
    node.put("code", stage.code().code());
    node.put("name", stage.name());
    node.put("action", stage.action().name());
    node.set("template", Json.text(stage.templateCode()));
    node.put("issuesNotice", stage.issuesNotice());
    node.put("needsApproval", stage.needsApproval());
    return node;
  }

  private static ArrayNode conditions(ImmutableList<ConditionCheck> checks) {
    ArrayNode out = Json.array();
    for (ConditionCheck check : checks) {
      ObjectNode c = out.addObject();
      c.put("name", check.name());
      c.put("required", check.required());
      c.put("actual", check.actual());
      c.put("met", check.met());
    }
    return out;
  }

  // ---------------------------------------------------------------- apportionment

  private static ObjectNode apportionment(Apportionment apportionment) {
    ObjectNode node = Json.object();
    node.put("yearStart", apportionment.budget().year().start().toString());
    node.put("yearEnd", apportionment.budget().year().endInclusive().toString());
    node.put("stage", apportionment.budget().stage().name());
    Money total = Money.ZERO;
    Money council = Money.ZERO;
    ArrayNode heads = node.putArray("heads");
    for (CostHead head : apportionment.budget().heads()) {
      ObjectNode h = heads.addObject();
      h.put("name", head.name());
      h.put("pool", head.pool().toString());
      h.put("total", Json.money(head.total()));
      h.put("councilShare", Json.money(apportionment.councilShare(head)));
      total = total.plus(head.total());
      council = council.plus(apportionment.councilShare(head));
    }
    ArrayNode bills = node.putArray("bills");
    Money billed = Money.ZERO;
    for (ServiceChargeBill bill : new TreeMap<>(apportionment.bills()).values()) {
      ObjectNode b = bills.addObject();
      b.put("dwelling", bill.dwelling().value());
      ArrayNode lines = b.putArray("lines");
      for (ApportionmentLine line : bill.lines()) {
        ObjectNode l = lines.addObject();
        l.put("head", line.head());
        l.put("pool", line.pool().toString());
        l.put("basis", line.basis().name());
        l.put("poolTotal", Json.money(line.poolTotal()));
        l.put("weight", line.weight().toPlainString());
        l.put("poolWeight", line.poolWeight().toPlainString());
        l.put("share", Json.money(line.share()));
        l.put("explanation", line.explain());
      }
      b.put("subtotal", Json.money(bill.subtotal()));
      if (bill.managementFee().isPresent()) {
        ObjectNode fee = b.putObject("managementFee");
        fee.put("rate", bill.managementFee().get().rate().toPlainString());
        fee.put("base", Json.money(bill.managementFee().get().base()));
        fee.put("fee", Json.money(bill.managementFee().get().fee()));
        fee.put("rounding", bill.managementFee().get().rounding().name());
      } else {
        b.putNull("managementFee");
      }
      b.put("total", Json.money(bill.total()));
      billed = billed.plus(bill.subtotal());
    }
    node.put("total", Json.money(total));
    node.put("leaseholdersShareBeforeFees", Json.money(billed));
    node.put("councilShare", Json.money(council));
    return node;
  }
}
