package org.homeownership.recovery.groundrent;

/**
 * The statutory bounds on the payment date in a ground rent notice, in calendar days after the day
 * the notice is given: CLRA 2002 s.166(3) sets "not less than 30 days nor more than 60 days"
 * (LAW-AND-PRACTICE.md §5.1, §13). Held as effective-dated configuration with its source, never as
 * a code constant.
 *
 * @param minimumDays the fewest days after the notice is given that the payment date may fall
 * @param maximumDays the most days after the notice is given that the payment date may fall
 */
public record NoticePeriod(int minimumDays, int maximumDays) {

  /** Checks that the bounds are positive and in order. */
  public NoticePeriod {
    if (minimumDays < 1) {
      throw new IllegalArgumentException("minimumDays must be at least 1, not " + minimumDays);
    }
    if (maximumDays < minimumDays) {
      throw new IllegalArgumentException(
          "maximumDays (" + maximumDays + ") is below minimumDays (" + minimumDays + ")");
    }
  }
}
