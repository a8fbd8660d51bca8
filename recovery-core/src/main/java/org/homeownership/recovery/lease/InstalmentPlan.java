package org.homeownership.recovery.lease;

/**
 * How a year's service charge is collected: the number of instalments and the months between them,
 * counted from the start of the service charge year (LAW-AND-PRACTICE.md §2.1–§2.2).
 */
public enum InstalmentPlan {
  /** One payment at the start of the year. */
  ANNUAL(1, 12),
  /** Two payments, six months apart (Kingston: 1 April and 1 October). */
  HALF_YEARLY(2, 6),
  /** Four payments, three months apart (Southwark: 1 April, 1 July, 1 October, 1 January). */
  QUARTERLY(4, 3),
  /** Twelve monthly payments. */
  MONTHLY(12, 1),
  /** Ten monthly payments from the start of the year (Harrow). */
  TEN_MONTHLY(10, 1);

  private final int instalments;
  private final int monthsApart;

  InstalmentPlan(int instalments, int monthsApart) {
    this.instalments = instalments;
    this.monthsApart = monthsApart;
  }

  /** How many instalments a whole year has. */
  public int instalments() {
    return instalments;
  }

  /** How many months apart the instalments fall. */
  public int monthsApart() {
    return monthsApart;
  }
}
