package org.homeownership.recovery.recoverycase.hold;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * Turns a moratorium notified by the Insolvency Service into a hold, with its statutory dates (SI
 * 2020/1311, LAW-AND-PRACTICE.md §7):
 *
 * <ul>
 *   <li>it starts on the day after it was entered on the register (reg 26, §7.2);
 *   <li>a standard breathing space lasts {@link BreathingSpaceFigures#standardDays()} counting the
 *       start day as day 1 (§7.1–§7.2), and its midway review window is diarised (reg 27, §7.5);
 *   <li>a mental health crisis moratorium lasts for the treatment and {@link
 *       BreathingSpaceFigures#crisisDaysAfterTreatment()} after it ends (§7.3): open-ended until
 *       the end of treatment is known;
 *   <li>a second standard breathing space is refused if the debtor had one in force on any day of
 *       the {@link BreathingSpaceFigures#repeatWindow()} before the application (§7.3); there is no
 *       such limit on crisis moratoriums.
 * </ul>
 */
public final class BreathingSpaceRules {

  private final EffectiveDated<BreathingSpaceFigures> figures;

  /** Rules using {@code figures}, such as {@link BreathingSpaceFigures#statutory()}. */
  public BreathingSpaceRules(EffectiveDated<BreathingSpaceFigures> figures) {
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * A standard breathing space.
   *
   * @param applicationDate the day the debt adviser made the application
   * @param registeredOn the day it was entered on the register
   * @param previous the debtor's earlier moratoriums with this council
   * @param setBy who recorded it
   */
  public BreathingSpaceOutcome standard(
      LocalDate applicationDate,
      LocalDate registeredOn,
      List<Hold.BreathingSpace> previous,
      HoldAuthor setBy) {
    BreathingSpaceFigures f = figures.on(applicationDate);
    LocalDate windowStart = applicationDate.minus(f.repeatWindow());
    Optional<Hold.BreathingSpace> recent =
        previous.stream()
            .filter(p -> p.moratorium() == MoratoriumKind.STANDARD)
            .filter(p -> p.terms().start().isBefore(applicationDate))
            .filter(p -> p.terms().until().map(u -> !u.isBefore(windowStart)).orElse(true))
            .max((a, b) -> a.terms().start().compareTo(b.terms().start()));
    ConditionCheck repeat =
        ConditionCheck.of(
            "no standard breathing space in the "
                + f.repeatWindow().toTotalMonths()
                + " months before the application (SI 2020/1311, §7.3)",
            "none in force from " + windowStart + " to " + applicationDate.minusDays(1),
            recent
                .map(
                    p ->
                        "one from "
                            + p.terms().start()
                            + " to "
                            + p.terms().until().map(LocalDate::toString).orElse("open"))
                .orElse("none"),
            recent.isEmpty());
    if (recent.isPresent()) {
      return new BreathingSpaceOutcome.Refused(ImmutableList.of(repeat));
    }
    LocalDate start = registeredOn.plusDays(1);
    LocalDate lastDay = start.plusDays(f.standardDays() - 1L);
    DateRange midway =
        DateRange.inclusive(
            start.plusDays(f.midwayReviewFirstDay() - 1L),
            start.plusDays(f.midwayReviewLastDay() - 1L));
    HoldTerms terms =
        new HoldTerms(
            start,
            Optional.of(lastDay),
            Optional.of(midway.start()),
            "standard breathing space",
            setBy);
    ConditionCheck dates =
        ConditionCheck.of(
            "standard breathing space dates (regs 26–27, §7.2, §7.5)",
            "starts the day after registration, lasts "
                + f.standardDays()
                + " days; midway review on days "
                + f.midwayReviewFirstDay()
                + "–"
                + f.midwayReviewLastDay(),
            "registered "
                + registeredOn
                + "; held "
                + start
                + " to "
                + lastDay
                + "; review "
                + midway.start()
                + " to "
                + midway.endInclusive(),
            true);
    return new BreathingSpaceOutcome.Started(
        new Hold.BreathingSpace(
            terms, MoratoriumKind.STANDARD, registeredOn, applicationDate, Optional.of(midway)),
        ImmutableList.of(repeat, dates));
  }

  /**
   * A mental health crisis moratorium, open-ended until the end of treatment is known.
   *
   * @param applicationDate the day the application was made
   * @param registeredOn the day it was entered on the register
   * @param treatmentEnded the day the crisis treatment ended, if known
   * @param setBy who recorded it
   */
  public BreathingSpaceOutcome.Started mentalHealthCrisis(
      LocalDate applicationDate,
      LocalDate registeredOn,
      Optional<LocalDate> treatmentEnded,
      HoldAuthor setBy) {
    BreathingSpaceFigures f = figures.on(applicationDate);
    LocalDate start = registeredOn.plusDays(1);
    Optional<LocalDate> lastDay = treatmentEnded.map(t -> t.plusDays(f.crisisDaysAfterTreatment()));
    HoldTerms terms =
        new HoldTerms(start, lastDay, Optional.empty(), "mental health crisis moratorium", setBy);
    ConditionCheck dates =
        ConditionCheck.of(
            "mental health crisis moratorium dates (§7.3)",
            "starts the day after registration, ends "
                + f.crisisDaysAfterTreatment()
                + " days after the treatment ends; no 12-month limit",
            "registered "
                + registeredOn
                + "; held from "
                + start
                + " to "
                + lastDay
                    .map(LocalDate::toString)
                    .orElse("end of treatment + " + f.crisisDaysAfterTreatment() + " days"),
            true);
    return new BreathingSpaceOutcome.Started(
        new Hold.BreathingSpace(
            terms,
            MoratoriumKind.MENTAL_HEALTH_CRISIS,
            registeredOn,
            applicationDate,
            Optional.empty()),
        ImmutableList.of(dates));
  }

  /**
   * A crisis moratorium once the treatment has ended: it ends {@link
   * BreathingSpaceFigures#crisisDaysAfterTreatment()} days later (§7.3).
   */
  public Hold.BreathingSpace treatmentEnded(Hold.BreathingSpace moratorium, LocalDate ended) {
    if (moratorium.moratorium() != MoratoriumKind.MENTAL_HEALTH_CRISIS) {
      throw new IllegalArgumentException("only a mental health crisis moratorium has treatment");
    }
    int days = figures.on(moratorium.applicationDate()).crisisDaysAfterTreatment();
    return new Hold.BreathingSpace(
        moratorium.terms().endingOn(ended.plusDays(days)),
        moratorium.moratorium(),
        moratorium.registeredOn(),
        moratorium.applicationDate(),
        moratorium.midwayReview());
  }

  /**
   * A moratorium cancelled on the register on {@code enteredOn}: the cancellation takes effect the
   * next day, so {@code enteredOn} is the last day held (reg 34, §7.2).
   */
  public static Hold.BreathingSpace cancelled(Hold.BreathingSpace moratorium, LocalDate enteredOn) {
    return new Hold.BreathingSpace(
        moratorium.terms().endingOn(enteredOn),
        moratorium.moratorium(),
        moratorium.registeredOn(),
        moratorium.applicationDate(),
        moratorium.midwayReview());
  }
}
