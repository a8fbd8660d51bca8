/**
 * Interest on debts: simple statutory interest under County Courts Act 1984 s.69 at the rate
 * usually claimed (8%, effective-dated configuration), contractual interest under a lease's
 * interest clause, and the particulars of interest a claim must state under CPR 16.4(2): basis,
 * rate, the date from which and the date to which it is claimed, the total, and the daily rate
 * thereafter (LAW-AND-PRACTICE.md §6.5).
 *
 * <p>Interest is {@code principal × rate × days ÷ 365}, counted in calendar days over the half-open
 * range from the from-date (counted) to the to-date (not counted), and always ÷ 365, leap years
 * included (§6.5 gives the formula). The exact amount is rounded once, to the penny, by a named
 * rounding. Periods in which interest may not run — a breathing space on moratorium debts (§7.4), a
 * demand withheld for want of the s.21B summary (§1.4) — are input date ranges, so this package
 * depends on nothing in the recovery engine.
 */
@NullMarked
package org.homeownership.recovery.interest;

import org.jspecify.annotations.NullMarked;
