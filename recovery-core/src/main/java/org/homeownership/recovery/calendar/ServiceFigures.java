package org.homeownership.recovery.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * The figures of the service and time rules in LAW-AND-PRACTICE.md §13, as effective-dated
 * configuration so that a change to the Civil Procedure Rules is a new version, not a code change.
 *
 * @param firstClassPostDays CPR 6.26: first class post is deemed served this many days after
 *     posting (2), or the next business day after that
 * @param sameDayCutOff CPR 6.26: delivery, personal service or email at or after this time counts
 *     from the next business day (4.30pm)
 * @param claimFormBusinessDays CPR 6.14: a claim form is deemed served this many business days
 *     after the CPR 7.5 step (2)
 * @param firstClassWorkingDays the ordinary course of post: first class, this working day after
 *     posting (2; 1985 Practice Direction)
 * @param secondClassWorkingDays the ordinary course of post: second class, this working day after
 *     posting (4; 1985 Practice Direction)
 * @param shortPeriodMaxDays CPR 2.8: periods of this many days or fewer leave out days that are not
 *     business days (5)
 */
public record ServiceFigures(
    int firstClassPostDays,
    LocalTime sameDayCutOff,
    int claimFormBusinessDays,
    int firstClassWorkingDays,
    int secondClassWorkingDays,
    int shortPeriodMaxDays) {

  /** Where the figures come from. */
  public static final String SOURCE =
      "CPR 2.8, 6.14, 6.26; 1985 Practice Direction (ordinary course of post);"
          + " LAW-AND-PRACTICE.md §13";

  /** Checks every figure is given and none is negative. */
  public ServiceFigures {
    requireNonNull(sameDayCutOff, "sameDayCutOff");
    for (int days :
        new int[] {
          firstClassPostDays,
          claimFormBusinessDays,
          firstClassWorkingDays,
          secondClassWorkingDays,
          shortPeriodMaxDays
        }) {
      if (days < 0) {
        throw new IllegalArgumentException("service figures: a number of days is negative");
      }
    }
  }

  /**
   * The figures as §13 gives them. §13 gives no date from which they apply, so they apply to every
   * date (UNCONFIRMED in-force date); add a later version with {@link EffectiveDated#withVersion}.
   */
  public static EffectiveDated<ServiceFigures> statutory() {
    return EffectiveDated.from(
        LocalDate.MIN,
        new ServiceFigures(2, LocalTime.of(16, 30), 2, 2, 4, 5),
        "service and time figures (in-force date UNCONFIRMED)",
        SOURCE);
  }
}
