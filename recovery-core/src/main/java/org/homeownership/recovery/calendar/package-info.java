/**
 * Dates and date ranges; business days in England and Wales from loaded bank holiday data; deemed
 * service (CPR 6.26, CPR 6.14, the ordinary course of post) and CPR 2.8 clear days
 * (LAW-AND-PRACTICE.md §13). Time is always an input: nothing here reads the system clock. See
 * {@code docs/calendar-and-policy-files.md}.
 */
@NullMarked
package org.homeownership.recovery.calendar;

import org.jspecify.annotations.NullMarked;
