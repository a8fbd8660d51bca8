package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.contact.ContactCounting;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedArrears;
import org.homeownership.recovery.recoverycase.gate.CourtProceedingsGate;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;

/**
 * Decides the next recovery step for an account as of a date, with every reason.
 *
 * <p>In order:
 *
 * <ol>
 *   <li>The arrears are counted: due charges only, amounts withheld or barred left out (§1.3–§1.5),
 *       disputed charges set aside.
 *   <li>If the counted arrears are at or below the ladder's closure threshold the case closes (or,
 *       if a disputed charge is still open, stays on hold).
 *   <li>If they fell below the current stage's minimum and the ladder says so, the case steps back.
 *   <li>A hold that holds the case (anything but a dispute or vulnerability) keeps it at its stage.
 *   <li>Only the next stage on the ladder is considered — one stage per decision, so a stage that
 *       issues a notice is never skipped, however many later stages' conditions also hold. Its
 *       conditions are tested; days on hold are left out of intervals.
 *   <li>The statutory gate for the stage's action is tested: the Pre-Action Protocol before a
 *       county court claim (§6.2–§6.3); s.167 and s.81 before a s.146 notice or forfeiture
 *       (§5.2–§5.5), taking s.81 final determinations from recorded tribunal determinations too.
 *       Where court or tribunal cases are recorded, a letter of claim or a county court claim needs
 *       something left to claim once judgments are netted off, and no live claim for the same debt;
 *       a tribunal application needs charges no court or tribunal has determined and no live
 *       application about them (§1.7, §6). Enforcement needs a judgment in default (§8). A
 *       breathing space forbids enforcement (§7.4) as a hold.
 *   <li>A vulnerability hold sends the step to an officer instead (§12.4).
 * </ol>
 *
 * <p>The engine reads no clock and keeps no state: the same inputs give equal decisions.
 */
public final class RecoveryEngine {

  private final RecoveryPolicy policy;
  private final PaymentAllocator allocator;
  private final PreActionProtocolGate preActionProtocol;
  private final ForfeitureGate forfeiture;
  private final CourtProceedingsGate court = new CourtProceedingsGate();
  private final ContactCounting contactCounting;

  /**
   * An engine for {@code policy}.
   *
   * @param policy the council's recovery policy
   * @param allocator how payments are allocated to charges
   * @param preActionProtocol the Pre-Action Protocol gate
   * @param forfeiture the forfeiture gate
   */
  public RecoveryEngine(
      RecoveryPolicy policy,
      PaymentAllocator allocator,
      PreActionProtocolGate preActionProtocol,
      ForfeitureGate forfeiture) {
    this(policy, allocator, preActionProtocol, forfeiture, ContactCounting.DEBTOR_REACHED);
  }

  private RecoveryEngine(
      RecoveryPolicy policy,
      PaymentAllocator allocator,
      PreActionProtocolGate preActionProtocol,
      ForfeitureGate forfeiture,
      ContactCounting contactCounting) {
    this.policy = requireNonNull(policy, "policy");
    this.allocator = requireNonNull(allocator, "allocator");
    this.preActionProtocol = requireNonNull(preActionProtocol, "preActionProtocol");
    this.forfeiture = requireNonNull(forfeiture, "forfeiture");
    this.contactCounting = requireNonNull(contactCounting, "contactCounting");
  }

  /**
   * This engine counting contacts by {@code counting} for a stage's minimum days since the last
   * contact. The default is {@link ContactCounting#DEBTOR_REACHED}: only contacts that reached the
   * debtor count, not the council's own letters or unanswered calls.
   */
  public RecoveryEngine withContactCounting(ContactCounting counting) {
    return new RecoveryEngine(policy, allocator, preActionProtocol, forfeiture, counting);
  }

  /** What counts as a contact for a stage's minimum days since the last contact. */
  public ContactCounting contactCounting() {
    return contactCounting;
  }

  /** The policy the engine applies. */
  public RecoveryPolicy policy() {
    return policy;
  }

  /**
   * The decision for {@code file} as of {@code asOf}. The arrears are counted from the allocator's
   * figures alone ({@link CountedArrears#of(org.homeownership.recovery.ledger.Ledger, LocalDate,
   * PaymentAllocator, java.util.Collection, Set)}); no full allocation is built.
   *
   * @throws IllegalArgumentException if the policy has no ladder for the account's stream, or the
   *     case is at a stage the ladder does not have
   */
  public Decision decide(CaseFile file, LocalDate asOf) {
    Place place = place(file);
    List<Hold> inForce = inForce(file, asOf);
    ImmutableSet<EntryId> disputed = disputed(inForce);
    ArrearsPosition position =
        CountedArrears.of(file.ledger(), asOf, allocator, file.demandAssessments(), disputed);
    return decide(file, asOf, place, inForce, position);
  }

  /**
   * The decision for {@code file} as of {@code asOf}, on an allocation the caller has already made
   * (a caller that allocates an account for other work can hand the same allocation here): equal to
   * {@link #decide(CaseFile, LocalDate)}, with the arrears counted from that allocation.
   *
   * @param allocation the allocation of {@code file.ledger()} as of {@code asOf} by an allocator
   *     with this engine's strategy, with exactly the charges that the file's holds in force on
   *     {@code asOf} dispute marked as disputed
   * @throws IllegalArgumentException if the allocation is of another account, as of another date,
   *     by another strategy, or marks other charges disputed than the holds do; or as {@link
   *     #decide(CaseFile, LocalDate)}
   */
  public Decision decide(CaseFile file, LocalDate asOf, Allocation allocation) {
    Place place = place(file);
    List<Hold> inForce = inForce(file, asOf);
    ImmutableSet<EntryId> disputed = disputed(inForce);
    requireAllocationOf(file, asOf, disputed, allocation);
    return decide(
        file,
        asOf,
        place,
        inForce,
        CountedArrears.of(allocation, file.demandAssessments(), disputed));
  }

  /**
   * Where the case stands on its ladder: the stage it is at, and that stage's index (-1 if none).
   */
  private record Place(StageLadder ladder, Optional<StageReference> current, int index) {}

  private Place place(CaseFile file) {
    StageLadder ladder =
        policy
            .ladderFor(file.stream())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "policy " + policy.name() + " has no ladder for " + file.stream()));
    RecoveryCase recoveryCase = file.recoveryCase();
    Optional<StageReference> current = recoveryCase.currentStage();
    int index = -1;
    if (current.isPresent()) {
      OptionalInt found = ladder.indexOf(current.get());
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "case of " + file.account() + " is at stage " + current.get() + ", not on the ladder");
      }
      index = found.getAsInt();
    }
    return new Place(ladder, current, index);
  }

  private void requireAllocationOf(
      CaseFile file, LocalDate asOf, Set<EntryId> disputed, Allocation allocation) {
    if (!allocation.account().equals(file.account())) {
      throw new IllegalArgumentException(
          "allocation of " + allocation.account() + " given for the case of " + file.account());
    }
    if (!allocation.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "allocation as of " + allocation.asOf() + " given for a decision as of " + asOf);
    }
    if (!allocation.strategy().equals(allocator.strategy().describe())) {
      throw new IllegalArgumentException(
          "allocation by strategy '"
              + allocation.strategy()
              + "' given to an engine allocating by '"
              + allocator.strategy().describe()
              + "'");
    }
    int marked = 0;
    for (ChargeAllocation charge : allocation.charges()) {
      if (charge.disputed()) {
        marked++;
        if (!disputed.contains(charge.id())) {
          throw new IllegalArgumentException(
              "allocation marks charge " + charge.id() + " disputed, but no hold in force does");
        }
      }
    }
    if (marked != countCharges(allocation, disputed)) {
      throw new IllegalArgumentException(
          "allocation does not mark disputed every charge the holds in force dispute");
    }
  }

  /** How many of the allocation's charges are in {@code disputed}. */
  private static int countCharges(Allocation allocation, Set<EntryId> disputed) {
    if (disputed.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (ChargeAllocation charge : allocation.charges()) {
      if (disputed.contains(charge.id())) {
        count++;
      }
    }
    return count;
  }

  private static List<Hold> inForce(CaseFile file, LocalDate asOf) {
    List<Hold> holds = file.holds();
    if (holds.isEmpty()) {
      return List.of();
    }
    List<Hold> inForce = new ArrayList<>(holds.size());
    for (Hold hold : holds) {
      if (hold.isInForceOn(asOf)) {
        inForce.add(hold);
      }
    }
    return inForce;
  }

  private static ImmutableSet<EntryId> disputed(List<Hold> inForce) {
    if (inForce.isEmpty()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<EntryId> disputed = ImmutableSet.builder();
    for (Hold hold : inForce) {
      if (hold instanceof Hold.ChargeDispute dispute) {
        disputed.add(dispute.charge());
      }
    }
    return disputed.build();
  }

  private Decision decide(
      CaseFile file, LocalDate asOf, Place place, List<Hold> inForce, ArrearsPosition position) {
    StageLadder ladder = place.ladder();
    Optional<StageReference> current = place.current();
    int index = place.index();
    DecisionDraft decision = new DecisionDraft(file, asOf, current, position);
    for (Hold hold : inForce) {
      if (hold instanceof Hold.ChargeDispute dispute) {
        decision.hold(
            hold, "charge " + dispute.charge() + " set aside; the rest of the debt goes on");
      }
    }
    for (Hold hold : inForce) {
      if (hold instanceof Hold.Vulnerability) {
        decision.hold(hold, "no automated escalation: every step goes to officer review");
      }
    }

    Money counted = position.counted();
    if (!counted.isGreaterThan(ladder.closeAtOrBelow())) {
      String why =
          "counted arrears "
              + counted.format()
              + " at or below the closure threshold "
              + ladder.closeAtOrBelow().format();
      if (position.disputed().isPositive()) {
        decision.note(why + "; disputed charges of " + position.disputed().format() + " remain");
        return decision.build(new Outcome.OnHold(current), Optional.empty());
      }
      decision.note(why);
      return decision.build(
          current.<Outcome>map(Outcome.Closed::new).orElseGet(Outcome.NothingOwed::new),
          Optional.empty());
    }

    if (index >= 0 && ladder.stepBackBelowThreshold()) {
      Stage at = ladder.stages().get(index);
      if (counted.isLessThan(at.conditions().minimumArrears())) {
        Optional<StageReference> to = Optional.empty();
        for (int i = index - 1; i >= 0; i--) {
          if (!counted.isLessThan(ladder.stages().get(i).conditions().minimumArrears())) {
            to = Optional.of(ladder.stages().get(i).code());
            break;
          }
        }
        decision.note(
            "counted arrears "
                + counted.format()
                + " below "
                + at.code()
                + "'s minimum "
                + at.conditions().minimumArrears().format());
        return decision.build(new Outcome.SteppedBack(at.code(), to), Optional.empty());
      }
    }

    List<Hold> holding = holding(inForce);
    if (!holding.isEmpty()) {
      holding.forEach(h -> decision.hold(h, effectOf(h)));
      Optional<LocalDate> ends =
          holding.stream().allMatch(h -> h.terms().until().isPresent())
              ? holding.stream()
                  .map(h -> h.terms().until().orElseThrow())
                  .max(LocalDate::compareTo)
                  .map(d -> d.plusDays(1))
              : Optional.empty();
      ends.ifPresent(d -> decision.note("holds end; recovery may resume from " + d));
      return decision.build(new Outcome.OnHold(current), Optional.empty());
    }

    if (index == ladder.stages().size() - 1) {
      return decision.build(new Outcome.LadderComplete(current.orElseThrow()), Optional.empty());
    }
    Stage next = ladder.stages().get(index + 1);
    StageConditions tested = StageConditions.test(next, file, position, asOf, contactCounting);
    decision.conditions(tested.checks());
    if (tested.stale()) {
      return decision.build(
          new Outcome.ReferredToOfficer(
              next, "the previous stage is older than the stage's window allows: repeat or decide"),
          Optional.empty());
    }
    if (!tested.met()) {
      return decision.build(new Outcome.Waiting(next), tested.earliest());
    }

    List<GateResult> gates = gatesFor(next.action(), file, position, ladder, asOf);
    List<GateResult> closed = new ArrayList<>(gates.size());
    for (GateResult gate : gates) {
      decision.gate(gate);
      if (!gate.open()) {
        closed.add(gate);
      }
    }
    if (!closed.isEmpty()) {
      Optional<LocalDate> opens =
          closed.stream().allMatch(g -> g.earliestOpen().isPresent())
              ? closed.stream().map(g -> g.earliestOpen().orElseThrow()).max(LocalDate::compareTo)
              : Optional.empty();
      return decision.build(new Outcome.GateClosed(next, closed.get(0).gate()), opens);
    }

    if (anyVulnerability(inForce)) {
      return decision.build(
          new Outcome.ReferredToOfficer(
              next, "vulnerability: every step goes to officer review (§12.4)"),
          Optional.of(asOf));
    }
    return decision.build(new Outcome.ActionDue(next), Optional.of(asOf));
  }

  /** The holds in force that hold the case at its stage. */
  private static List<Hold> holding(List<Hold> inForce) {
    if (inForce.isEmpty()) {
      return List.of();
    }
    List<Hold> holding = new ArrayList<>(inForce.size());
    for (Hold hold : inForce) {
      if (hold.holdsCase()) {
        holding.add(hold);
      }
    }
    return holding;
  }

  private static boolean anyVulnerability(List<Hold> inForce) {
    for (Hold hold : inForce) {
      if (hold instanceof Hold.Vulnerability) {
        return true;
      }
    }
    return false;
  }

  private static String effectOf(Hold hold) {
    if (hold instanceof Hold.BreathingSpace space) {
      return "moratorium debts (due on or before "
          + space.applicationDate()
          + ") protected: no stage, demand or enforcement; later charges still billed"
          + space
              .midwayReview()
              .map(r -> "; midway review " + r.start() + " to " + r.endInclusive())
              .orElse("");
    }
    if (hold instanceof Hold.LiveArrangement arrangement) {
      return "live arrangement "
          + arrangement.arrangement()
          + " holds the case at "
          + arrangement.heldAtStage().map(StageReference::code).orElse("no stage");
    }
    if (hold instanceof Hold.MissingData missing) {
      return "a letter failed validation: " + missing.missing() + " missing";
    }
    return "case held at its stage; held days do not count towards intervals";
  }

  private List<GateResult> gatesFor(
      StageAction action,
      CaseFile file,
      ArrearsPosition position,
      StageLadder ladder,
      LocalDate asOf) {
    CourtCases cases = file.courtCases();
    boolean recorded = !cases.isEmpty();
    return switch (action) {
      case LETTER_OF_CLAIM ->
          recorded ? List.of(court.checkLetterOfClaim(position, cases)) : List.of();
      case COUNTY_COURT_CLAIM ->
          recorded
              ? List.of(
                  preActionProtocol.check(file.letterOfClaim(), asOf),
                  court.checkClaim(position, cases))
              : List.of(preActionProtocol.check(file.letterOfClaim(), asOf));
      case TRIBUNAL_APPLICATION ->
          recorded ? List.of(court.checkTribunal(position, cases)) : List.of();
      case SECTION_146_NOTICE ->
          List.of(
              forfeiture.check(
                  position, file.forfeitureFacts().withDeterminationsFrom(cases), false, asOf));
      case FORFEITURE_PROCEEDINGS ->
          List.of(
              forfeiture.check(
                  position,
                  withLenderLetter(file, ladder).withDeterminationsFrom(cases),
                  true,
                  asOf));
      case ATTACHMENT_OF_EARNINGS ->
          List.of(court.checkEnforcement(cases, EnforcementMethod.ATTACHMENT_OF_EARNINGS, asOf));
      case CHARGING_ORDER ->
          List.of(court.checkEnforcement(cases, EnforcementMethod.CHARGING_ORDER, asOf));
      case WARRANT_OF_CONTROL ->
          List.of(court.checkEnforcement(cases, EnforcementMethod.WARRANT_OF_CONTROL, asOf));
      default -> List.of();
    };
  }

  /** The forfeiture facts, with the lender told on the last lender letter stage if not recorded. */
  private static ForfeitureFacts withLenderLetter(CaseFile file, StageLadder ladder) {
    ForfeitureFacts facts = file.forfeitureFacts();
    if (facts.lenderToldOn().isPresent()) {
      return facts;
    }
    Optional<LocalDate> told =
        ladder.stages().stream()
            .filter(s -> s.action() == StageAction.LENDER_LETTER)
            .map(s -> file.recoveryCase().lastEntered(s.code()))
            .flatMap(Optional::stream)
            .max(LocalDate::compareTo);
    return new ForfeitureFacts(facts.findings(), facts.lenderOnRecord(), told);
  }
}
