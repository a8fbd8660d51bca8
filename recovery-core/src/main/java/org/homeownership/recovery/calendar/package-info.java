/** Dates and date ranges. Time is always an input: nothing here reads the system clock. */
@NullMarked
package org.homeownership.recovery.calendar;

import org.jspecify.annotations.NullMarked;
