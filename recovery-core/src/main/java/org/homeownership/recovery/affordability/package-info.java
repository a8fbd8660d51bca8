/**
 * Income and expenditure in the structure of the Standard Financial Statement (SFS): the monthly
 * surplus available for priority and other debts, and the checks an officer makes before relying on
 * it (flexible spending above the SFS spending guidelines, missing essentials, totals that do not
 * add up), with a record of the evidence the officer saw. See LAW-AND-PRACTICE.md §11.
 *
 * <p>Every figure is held in whole pence; amounts declared weekly, fortnightly, four-weekly,
 * quarterly or yearly are converted to a monthly figure by {@link
 * org.homeownership.recovery.affordability.AmountPeriod#toMonthly}. Declared figures are personal
 * data and are redacted from every {@code toString}.
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.affordability;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
