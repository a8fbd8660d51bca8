package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.InstalmentSchedule;
import org.homeownership.recovery.arrangement.ScheduledInstalment;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Tells the debtor that a payment arrangement has not been kept: what was due by the day the breach
 * was found, the balance the arrangement expected and the balance on the account (both from the
 * monitoring {@link StateChange}), how far behind that is, the date to catch up by and what happens
 * if they do not, in the council's words from its policy (LAW-AND-PRACTICE.md §12.1–§12.2:
 * Wiltshire gives 7 days, then the full balance is due within 14 days; Southwark reminds and
 * reinstates).
 *
 * <p>Needs an arrangement that is breached on the letter's date, whose breach came from monitoring
 * (so that it has both balances), the actual balance above the expected one, a catch-up date after
 * the letter's date, and the council's next steps.
 *
 * @param correspondence who the letter is to and its date
 * @param record the arrangement, breached on the letter's date
 * @param catchUpBy the date by which to catch up or get in touch, from the council's policy
 * @param ifNotCaughtUp what happens if the debtor does not, step by step, from the council's policy
 */
public record ArrangementBreachLetter(
    Correspondence correspondence,
    @Nullable ArrangementRecord record,
    @Nullable LocalDate catchUpBy,
    List<String> ifNotCaughtUp)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "arrangement-breach";

  /** Copies the steps. */
  public ArrangementBreachLetter {
    ifNotCaughtUp = List.copyOf(ifNotCaughtUp);
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Your payment arrangement has not been kept";
  }

  /** The last change into {@link ArrangementState#BREACHED} on or before {@code date}, if any. */
  static Optional<StateChange> breach(ArrangementRecord record, LocalDate date) {
    StateChange found = null;
    for (StateChange change : record.history()) {
      if (!change.on().isAfter(date) && change.to() == ArrangementState.BREACHED) {
        found = change;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public void checkData(DataRequirements requirements) {
    LocalDate letterDate = correspondence.letterDate();
    if (ArrangementFigures.checkRecord(requirements, correspondence, record)
        && letterDate != null) {
      boolean breached =
          requirements.require(
              "arrangement.state",
              record.stateOn(letterDate).orElse(null) == ArrangementState.BREACHED,
              "is not breached on the letter's date");
      if (breached) {
        StateChange change = breach(record, letterDate).orElseThrow();
        requirements.require(
            "arrangement.breach",
            change.actualBalance().isGreaterThan(change.expectedBalance()),
            "shows no shortfall: the actual balance is not above the expected balance");
      }
    }
    if (requirements.present("catchUpBy", catchUpBy) && letterDate != null) {
      requirements.require(
          "catchUpBy", catchUpBy.isAfter(letterDate), "is not after the letter's date");
    }
    ArrangementFigures.checkSteps(requirements, "ifNotCaughtUp", ifNotCaughtUp);
  }

  @Override
  public Map<String, Object> model() {
    ArrangementRecord r = requireNonNull(record, "record");
    LocalDate letterDate = requireNonNull(correspondence.letterDate());
    StateChange change = breach(r, letterDate).orElseThrow();
    Money expected = change.expectedBalance();
    Money actual = change.actualBalance();
    InstalmentSchedule schedule = r.arrangement().schedule();
    ScheduledInstalment latest = schedule.latestDueBy(change.on()).orElse(null);
    long paymentsDue =
        schedule.instalments().stream().filter(i -> !i.dueOn().isAfter(change.on())).count();
    Map<String, Object> breach = new LinkedHashMap<>();
    breach.put("on", EnGb.date(change.on()));
    breach.put("paymentsDue", paymentsDue);
    breach.put("dueBy", EnGb.money(schedule.dueBy(change.on())));
    breach.put(
        "latest",
        latest == null
            ? null
            : Model.of("amount", EnGb.money(latest.amount()), "dueOn", EnGb.date(latest.dueOn())));
    breach.put("expected", EnGb.money(expected));
    breach.put("actual", EnGb.money(actual));
    breach.put("shortfall", EnGb.money(actual.minus(expected)));
    breach.put("catchUpBy", EnGb.date(requireNonNull(catchUpBy, "catchUpBy")));
    return Map.of(
        "arrangement",
        ArrangementFigures.terms(r),
        "breach",
        breach,
        "ifNotCaughtUp",
        ifNotCaughtUp);
  }
}
