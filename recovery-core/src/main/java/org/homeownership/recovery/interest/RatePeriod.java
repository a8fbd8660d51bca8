package org.homeownership.recovery.interest;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.homeownership.recovery.calendar.DateRange;

/**
 * Part of an interest period at one rate.
 *
 * @param days the part, half-open
 * @param annualRatePercent the rate in percent a year
 * @param daysCounted the days in the part on which interest runs (excluded days left out)
 */
public record RatePeriod(DateRange days, BigDecimal annualRatePercent, long daysCounted) {

  /** Checks every part is given and the counted days fit the part. */
  public RatePeriod {
    requireNonNull(days, "days");
    requireNonNull(annualRatePercent, "annualRatePercent");
    if (daysCounted < 0 || daysCounted > days.days()) {
      throw new IllegalArgumentException(
          "days counted " + daysCounted + " not within the " + days.days() + " days of " + days);
    }
  }
}
