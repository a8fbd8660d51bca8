package org.homeownership.recovery.arrangement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Monitors arrangements against the covered accounts' ledgers, as of any date, under the council's
 * {@link MonitoringPolicy} in force on that date.
 *
 * <ul>
 *   <li><b>Expected balance</b>: the covered balance must not be above the starting balance plus
 *       charges raised since the arrangement was made, less everything due up to the monitoring
 *       date less the tolerance days.
 *   <li><b>Missed instalments</b>: a payment is missed if, by its due date plus the tolerance days,
 *       what was paid since the arrangement was made (leaving out payments reversed by the
 *       monitoring date) is below everything due up to and including it. A breach is at least the
 *       policy's number of misses with due dates in the window; misses before the arrangement last
 *       went live (approval or catch-up) do not count.
 *   <li><b>Direct Debit</b>: a reversed Direct Debit payment is a failed collection and never
 *       counts as paid, so its instalment is missed; if the policy doubles the next instalment, the
 *       failed instalment moves onto the next one instead; after the policy's number of failures
 *       the arrangement is cancelled.
 * </ul>
 *
 * A live arrangement whose covered debt is cleared is completed; a breached one returns to live
 * when the debtor is up to date again (every check the policy applies is kept). Changes are dated
 * on the monitoring date.
 *
 * <p><b>Pauses.</b> During a breathing space the debts an arrangement covers may not be demanded
 * and nothing may be enforced (LAW-AND-PRACTICE.md §7.4). The caller passes each moratorium as a
 * pause: the schedule moves on past it ({@link InstalmentSchedule#pausedFor}), so no instalment
 * falls due in it and none is missed, and on a day inside it the review changes nothing.
 */
public final class ArrangementMonitor {

  private final EffectiveDated<MonitoringPolicy> policy;

  /** A monitor applying {@code policy}. */
  public ArrangementMonitor(EffectiveDated<MonitoringPolicy> policy) {
    this.policy = policy;
  }

  /**
   * The figures and checks of {@code record} as of {@code asOf}, without changing it.
   *
   * @throws IllegalArgumentException if a covered account's ledger is not given
   */
  public Assessment assess(
      ArrangementRecord record, Map<AccountId, Ledger> ledgers, LocalDate asOf) {
    return assess(record, ledgers, asOf, List.of());
  }

  /**
   * The figures and checks of {@code record} as of {@code asOf}, with the schedule moved on past
   * each of {@code pauses} that began by then, without changing the record.
   *
   * @param pauses moratorium periods (breathing spaces) of the covered debts, in any order
   * @throws IllegalArgumentException if a covered account's ledger is not given
   */
  public Assessment assess(
      ArrangementRecord record,
      Map<AccountId, Ledger> ledgers,
      LocalDate asOf,
      List<DateRange> pauses) {
    MonitoringPolicy rules = policy.on(asOf);
    Arrangement arrangement = record.arrangement();
    List<Ledger> covered = covered(arrangement, ledgers);
    LocalDate start = arrangement.madeOn();

    ImmutableList<DirectDebitFailure> failures = directDebitFailures(covered, start, asOf);
    ImmutableList<DateRange> begun =
        pauses.stream()
            .filter(p -> !p.start().isAfter(asOf))
            .sorted(Comparator.comparing(DateRange::start))
            .collect(ImmutableList.toImmutableList());
    InstalmentSchedule schedule = arrangement.schedule();
    for (DateRange pause : begun) {
      schedule = schedule.pausedFor(pause);
    }
    if (rules.doubleNextInstalmentAfterDirectDebitFailure()) {
      for (DirectDebitFailure failure : failures) {
        Optional<ScheduledInstalment> failed = schedule.latestDueBy(failure.collectedOn());
        if (failed.isPresent()) {
          schedule = schedule.deferredToNext(failed.get().number());
        }
      }
    }

    Money actual = Money.ZERO;
    for (Ledger ledger : covered) {
      actual = actual.plus(ledger.balanceAt(asOf));
    }
    LocalDate dueBy = asOf.minusDays(rules.toleranceDays());
    Money due = schedule.dueBy(dueBy);
    Money expected =
        arrangement.startingBalance().plus(chargesSince(covered, start, asOf)).minus(due);
    Money paid = paidBy(covered, start, asOf, asOf);

    ImmutableList.Builder<MonitoringCheck> checks = ImmutableList.builder();
    if (rules.method().checksExpectedBalance()) {
      checks.add(
          new MonitoringCheck.ExpectedBalance(expected, actual, dueBy, rules.toleranceDays()));
    }
    if (rules.method().checksMissedInstalments()) {
      LocalDate countFrom = record.liveSince(asOf).orElse(start);
      LocalDate windowStart = asOf.minusDays(rules.missedInstalmentWindowDays() - 1L);
      LocalDate from = windowStart.isAfter(countFrom) ? windowStart : countFrom;
      checks.add(
          new MonitoringCheck.MissedInstalments(
              missed(schedule, covered, start, from, asOf, rules.toleranceDays()),
              rules.missedInstalmentWindowDays(),
              rules.missedInstalmentsForBreach()));
    }
    return new Assessment(
        asOf, expected, actual, paid, due, schedule, checks.build(), failures, begun);
  }

  /**
   * Monitors {@code record} on {@code asOf}: assesses it and moves it to the state the assessment
   * calls for, keeping the change with the balances and the reason. A proposed, cancelled or
   * completed arrangement is assessed but not changed.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the record's last change
   */
  public Review review(ArrangementRecord record, Map<AccountId, Ledger> ledgers, LocalDate asOf) {
    return review(record, ledgers, asOf, List.of());
  }

  /**
   * Monitors {@code record} on {@code asOf} as {@link #review(ArrangementRecord, Map, LocalDate)}
   * does, with the schedule moved on past {@code pauses}; on a day inside a pause nothing changes.
   *
   * @param pauses moratorium periods (breathing spaces) of the covered debts, in any order
   */
  public Review review(
      ArrangementRecord record,
      Map<AccountId, Ledger> ledgers,
      LocalDate asOf,
      List<DateRange> pauses) {
    Assessment assessment = assess(record, ledgers, asOf, pauses);
    ArrangementState state = record.state();
    if ((state != ArrangementState.LIVE && state != ArrangementState.BREACHED)
        || assessment.paused()) {
      return new Review(assessment, record, Optional.empty());
    }
    MonitoringPolicy rules = policy.on(asOf);
    ImmutableMap<AccountId, StageReference> stages =
        ImmutableMap.copyOf(record.arrangement().heldAtStage());
    Money expected = assessment.expectedBalance();
    Money actual = assessment.actualBalance();
    int failures = assessment.directDebitFailures().size();
    Optional<Integer> cancelAfter = rules.cancelAfterDirectDebitFailures();
    if (cancelAfter.isPresent() && failures >= cancelAfter.get()) {
      String reason =
          failures
              + " Direct Debit collections failed ("
              + describe(assessment.directDebitFailures())
              + "); the policy cancels after "
              + cancelAfter.get();
      ArrangementRecord cancelled =
          record.with(
              StateChange.monitored(
                  asOf, state, ArrangementState.CANCELLED, expected, actual, reason));
      return new Review(
          assessment,
          cancelled,
          Optional.of(
              new ArrangementEvent.ArrangementCancelled(record.id(), asOf, stages, reason)));
    }
    if (assessment.cleared()) {
      String reason = "the covered balance is " + actual.format() + ": the debt is cleared";
      return new Review(
          assessment,
          record.with(
              StateChange.monitored(
                  asOf, state, ArrangementState.COMPLETED, expected, actual, reason)),
          Optional.of(new ArrangementEvent.ArrangementCompleted(record.id(), asOf, stages)));
    }
    if (state == ArrangementState.LIVE && !assessment.kept()) {
      ImmutableList<String> reasons = assessment.failures();
      return new Review(
          assessment,
          record.with(
              StateChange.monitored(
                  asOf,
                  state,
                  ArrangementState.BREACHED,
                  expected,
                  actual,
                  String.join("; ", reasons))),
          Optional.of(
              new ArrangementEvent.ArrangementBreached(
                  record.id(),
                  record.arrangement().kind(),
                  asOf,
                  stages,
                  expected,
                  actual,
                  reasons)));
    }
    if (state == ArrangementState.BREACHED && caughtUp(assessment, rules)) {
      String reason =
          "caught up: paid "
              + assessment.paid().format()
              + " against "
              + assessment.due().format()
              + " due; balance "
              + actual.format()
              + " against an expected "
              + expected.format();
      return new Review(
          assessment,
          record.with(
              StateChange.monitored(asOf, state, ArrangementState.LIVE, expected, actual, reason)),
          Optional.of(new ArrangementEvent.ArrangementReinstated(record.id(), asOf, stages)));
    }
    return new Review(assessment, record, Optional.empty());
  }

  /**
   * Cancels {@code record} on {@code on} for {@code reason} (an officer's decision, or a new
   * arrangement on the same accounts), keeping that day's expected and actual balance in its
   * history. Recovery resumes at the stage each account was held at.
   *
   * @param by the officer who cancelled it, if an officer did
   * @throws IllegalArgumentException if it is already cancelled or completed, or a covered
   *     account's ledger is not given
   */
  public Review cancel(
      ArrangementRecord record,
      Map<AccountId, Ledger> ledgers,
      LocalDate on,
      String reason,
      Optional<OfficerId> by) {
    Assessment assessment = assess(record, ledgers, on);
    return new Review(
        assessment,
        record.cancelled(assessment, reason, by),
        Optional.of(
            new ArrangementEvent.ArrangementCancelled(
                record.id(), on, ImmutableMap.copyOf(record.arrangement().heldAtStage()), reason)));
  }

  private static boolean caughtUp(Assessment assessment, MonitoringPolicy rules) {
    boolean balanceKept =
        !rules.method().checksExpectedBalance()
            || !assessment.actualBalance().isGreaterThan(assessment.expectedBalance());
    boolean paymentsKept = !rules.method().checksMissedInstalments() || assessment.upToDate();
    return balanceKept && paymentsKept;
  }

  private static List<Ledger> covered(Arrangement arrangement, Map<AccountId, Ledger> ledgers) {
    List<Ledger> covered = new ArrayList<>();
    for (AccountId account : arrangement.accounts()) {
      Ledger ledger = ledgers.get(account);
      if (ledger == null) {
        throw new IllegalArgumentException(
            "arrangement " + arrangement.id() + ": no ledger given for account " + account);
      }
      covered.add(ledger);
    }
    return covered;
  }

  /** Debits raised from {@code start} to {@code to}, less reversals of such debits. */
  private static Money chargesSince(List<Ledger> covered, LocalDate start, LocalDate to) {
    Money charges = Money.ZERO;
    for (Ledger ledger : covered) {
      for (PostedEntry posted : ledger.entries()) {
        LocalDate date = posted.entry().date();
        if (date.isBefore(start) || date.isAfter(to)) {
          continue;
        }
        if (posted.entry() instanceof Reversal reversal) {
          Optional<PostedEntry> target = ledger.find(reversal.reverses());
          if (target.isPresent()
              && target.get().entry().direction() == Direction.DEBIT
              && !target.get().entry().date().isBefore(start)) {
            charges = charges.minus(reversal.amount());
          }
        } else if (posted.entry().direction() == Direction.DEBIT) {
          charges = charges.plus(posted.entry().amount());
        }
      }
    }
    return charges;
  }

  /**
   * Credits (payments, credits, write-offs) dated from {@code start} to {@code by}, leaving out
   * those reversed by {@code asOf}: a failed collection never counts as paid.
   */
  private static Money paidBy(List<Ledger> covered, LocalDate start, LocalDate by, LocalDate asOf) {
    Money paid = Money.ZERO;
    for (Ledger ledger : covered) {
      ImmutableSet<EntryId> reversed = ledger.reversedOn(asOf);
      for (PostedEntry posted : ledger.entries()) {
        LocalDate date = posted.entry().date();
        if (posted.entry().kind() == EntryKind.REVERSAL
            || posted.entry().direction() != Direction.CREDIT
            || date.isBefore(start)
            || date.isAfter(by)
            || reversed.contains(posted.id())) {
          continue;
        }
        paid = paid.plus(posted.entry().amount());
      }
    }
    return paid;
  }

  private static ImmutableList<LocalDate> missed(
      InstalmentSchedule schedule,
      List<Ledger> covered,
      LocalDate start,
      LocalDate from,
      LocalDate asOf,
      int toleranceDays) {
    ImmutableList.Builder<LocalDate> missed = ImmutableList.builder();
    Money cumulative = Money.ZERO;
    for (ScheduledInstalment instalment : schedule.instalments()) {
      cumulative = cumulative.plus(instalment.amount());
      LocalDate deadline = instalment.dueOn().plusDays(toleranceDays);
      if (instalment.dueOn().isBefore(from) || deadline.isAfter(asOf)) {
        continue;
      }
      if (paidBy(covered, start, deadline, asOf).isLessThan(cumulative)) {
        missed.add(instalment.dueOn());
      }
    }
    return missed.build();
  }

  private static ImmutableList<DirectDebitFailure> directDebitFailures(
      List<Ledger> covered, LocalDate start, LocalDate asOf) {
    List<DirectDebitFailure> failures = new ArrayList<>();
    for (Ledger ledger : covered) {
      for (PostedEntry posted : ledger.entries()) {
        if (!(posted.entry() instanceof Reversal reversal)
            || reversal.reversedKind() != EntryKind.PAYMENT
            || reversal.date().isAfter(asOf)) {
          continue;
        }
        Optional<PostedEntry> target = ledger.find(reversal.reverses());
        if (target.isPresent()
            && target.get().entry() instanceof Payment payment
            && payment.method() == PaymentMethod.DIRECT_DEBIT
            && !payment.dateReceived().isBefore(start)) {
          failures.add(
              new DirectDebitFailure(
                  ledger.account(),
                  target.get().id(),
                  payment.dateReceived(),
                  reversal.date(),
                  payment.amount(),
                  reversal.reason()));
        }
      }
    }
    failures.sort(
        Comparator.comparing(DirectDebitFailure::failedOn)
            .thenComparing(DirectDebitFailure::collectedOn)
            .thenComparing(DirectDebitFailure::account));
    return ImmutableList.copyOf(failures);
  }

  private static String describe(List<DirectDebitFailure> failures) {
    List<String> parts = new ArrayList<>();
    for (DirectDebitFailure f : failures) {
      parts.add(
          f.amount().format()
              + " collected "
              + f.collectedOn()
              + ", returned "
              + f.failedOn()
              + " '"
              + f.reason()
              + "'");
    }
    return String.join("; ", parts);
  }
}
