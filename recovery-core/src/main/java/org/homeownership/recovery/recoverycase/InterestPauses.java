package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.interest.InterestExclusion;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * The periods in which no interest may run on a debt because of the case's holds: each breathing
 * space or mental health crisis moratorium that protects the debt (a moratorium debt, owed at the
 * application date; SI 2020/1311; LAW-AND-PRACTICE.md §7.4). An ongoing liability falling due after
 * the application keeps accruing. A demand withheld under s.21B (§1.4) is given to the interest
 * calculation directly with {@link InterestExclusion#withheldDemand}, from the day the compliant
 * demand was served.
 */
public final class InterestPauses {

  private InterestPauses() {}

  /**
   * The breathing spaces in {@code holds} that protect a debt due on {@code dueDate}, each as an
   * exclusion from its first day to its last; an open-ended one (a crisis moratorium still running)
   * to {@code to}, the day interest is calculated to.
   */
  public static ImmutableList<InterestExclusion> breathingSpaces(
      List<Hold> holds, LocalDate dueDate, LocalDate to) {
    requireNonNull(holds, "holds");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(to, "to");
    return holds.stream()
        .filter(Hold.BreathingSpace.class::isInstance)
        .map(Hold.BreathingSpace.class::cast)
        .filter(space -> space.protects(dueDate))
        .filter(space -> space.terms().start().isBefore(to))
        .map(
            space ->
                InterestExclusion.breathingSpace(
                    space.terms().start(), space.terms().until().orElse(to.minusDays(1))))
        .collect(ImmutableList.toImmutableList());
  }
}
