package org.homeownership.recovery.calendar;

/**
 * How a letter posted on a day that is not a business day (a Saturday, Sunday or bank holiday) is
 * counted.
 *
 * <p>LAW-AND-PRACTICE.md §13 gives a secondary posting-day table in which Saturday and Sunday
 * postings are "treated as posted on the next business day"; that rule is <b>UNCONFIRMED</b> in
 * primary text. The library applies it by default, and to bank holidays as well as weekends (also
 * UNCONFIRMED: the table names Saturdays and Sundays only), because it never gives an earlier day
 * of deemed service than counting from the real posting day: a deadline counted from service is
 * then never too early.
 */
public enum NonBusinessDayPosting {
  /**
   * Treated as posted on the next business day (§13 posting-day table, UNCONFIRMED; the default).
   */
  NEXT_BUSINESS_DAY,
  /** Counted from the day it was actually posted, as the text of the rule reads. */
  AS_POSTED
}
