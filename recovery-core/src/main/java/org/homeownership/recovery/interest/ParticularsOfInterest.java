package org.homeownership.recovery.interest;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.homeownership.recovery.money.Money;

/**
 * What the particulars of claim must state about interest under CPR 16.4(2) (LAW-AND-PRACTICE.md
 * §6.5): the basis, the rate, the date from which it is claimed, the date to which it is calculated
 * (no later than the date of issue), the total to that date, and the daily rate thereafter. The
 * figures only: the wording of the particulars belongs to the council's template.
 *
 * @param basis s.69 or the lease
 * @param principal the sum interest runs on
 * @param annualRatePercent the rate in percent a year in force on the to-date, on which the daily
 *     rate is worked out
 * @param from the day interest is claimed from (counted)
 * @param to the day it is calculated to (not counted; the daily rate runs from it)
 * @param daysCounted the days on which interest ran
 * @param exclusions the periods in which interest did not run, as given
 * @param daysExcluded the days of the period left out for the exclusions (overlaps counted once)
 * @param ratePeriods the period split by rate, for a rate that changed within it
 * @param total the interest to the to-date: {@code principal × rate × days ÷ 365} summed over the
 *     rate periods, rounded once to the penny by {@code rounding}
 * @param dailyRate {@code principal × rate ÷ 365} at the rate on the to-date, rounded to the penny
 *     by {@code rounding}
 * @param rounding the rounding of the total and the daily rate
 */
public record ParticularsOfInterest(
    InterestBasis basis,
    Money principal,
    BigDecimal annualRatePercent,
    LocalDate from,
    LocalDate to,
    long daysCounted,
    ImmutableList<InterestExclusion> exclusions,
    long daysExcluded,
    ImmutableList<RatePeriod> ratePeriods,
    Money total,
    Money dailyRate,
    RoundingMode rounding) {

  /** The day count of every calculation here: actual calendar days ÷ 365, leap years included. */
  public static final String DAY_COUNT =
      "calendar days from the from-date (counted) to the to-date (not counted), ÷ 365 in every"
          + " year, leap years included (§6.5)";

  /** Checks every part is given and the figures agree. */
  public ParticularsOfInterest {
    requireNonNull(basis, "basis");
    requireNonNull(principal, "principal");
    requireNonNull(annualRatePercent, "annualRatePercent");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(exclusions, "exclusions");
    requireNonNull(ratePeriods, "ratePeriods");
    requireNonNull(total, "total");
    requireNonNull(dailyRate, "dailyRate");
    requireNonNull(rounding, "rounding");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("interest to-date " + to + " is before from-date " + from);
    }
    if (daysCounted + daysExcluded != ChronoUnit.DAYS.between(from, to)) {
      throw new IllegalArgumentException(
          "days counted "
              + daysCounted
              + " and excluded "
              + daysExcluded
              + " do not make the "
              + ChronoUnit.DAYS.between(from, to)
              + " days from "
              + from
              + " to "
              + to);
    }
  }

  /**
   * What the daily rate adds from the to-date to {@code date}: the daily rate × the days from the
   * to-date (counted) to {@code date} (not counted). This is how interest "thereafter" is added up
   * to judgment; it is zero on the to-date.
   *
   * @throws IllegalArgumentException if {@code date} is before the to-date
   */
  public Money continuingTo(LocalDate date) {
    if (date.isBefore(to)) {
      throw new IllegalArgumentException("date " + date + " is before the interest to-date " + to);
    }
    return dailyRate.times(ChronoUnit.DAYS.between(to, date));
  }

  /** The interest to the to-date plus what the daily rate adds to {@code date}. */
  public Money totalTo(LocalDate date) {
    return total.plus(continuingTo(date));
  }

  /** The figures in one line, for a decision's reasons or a claim's worksheet. */
  public String describe() {
    return "interest under "
        + basis.citation()
        + " on "
        + principal.format()
        + " at "
        + annualRatePercent.stripTrailingZeros().toPlainString()
        + "% a year simple from "
        + from
        + " to "
        + to
        + ": "
        + daysCounted
        + " days"
        + (daysExcluded > 0 ? " (" + daysExcluded + " days excluded)" : "")
        + ", "
        + total.format()
        + "; daily rate thereafter "
        + dailyRate.format()
        + " (÷ 365, rounded "
        + rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " to the penny)";
  }
}
