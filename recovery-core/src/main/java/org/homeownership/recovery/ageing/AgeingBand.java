package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One ageing band: charges overdue by {@code fromDays} to {@code toDays} days, both included. The
 * first band of a set holds everything not yet overdue (a charge due on the as-of date is 0 days
 * overdue); the last band is open-ended.
 *
 * @param label the band as an officer reads it, such as {@code 31–60 days}
 * @param fromDays the fewest days overdue in the band; for the first band, 0 stands for "not yet
 *     overdue" and takes charges due later too
 * @param toDays the most days overdue in the band, or empty for the open-ended top band
 */
public record AgeingBand(String label, int fromDays, OptionalInt toDays) {

  /** Checks the label is given. */
  public AgeingBand {
    requireNonNull(label, "label");
    requireNonNull(toDays, "toDays");
  }
}
