/**
 * JSON configuration files for the recovery library, outside the pure core: {@link
 * org.homeownership.recovery.config.json.BankHolidaysJson} reads the gov.uk {@code
 * bank-holidays.json} into a {@link org.homeownership.recovery.calendar.BusinessCalendar}, and
 * {@link org.homeownership.recovery.config.json.RecoveryPolicyJson} reads and writes a council's
 * {@link org.homeownership.recovery.recoverycase.policy.RecoveryPolicy}. Bad input is a {@link
 * org.homeownership.recovery.config.json.ConfigFileException} naming the field, the line and
 * column, and the bad value. See {@code docs/calendar-and-policy-files.md}.
 */
@NullMarked
package org.homeownership.recovery.config.json;

import org.jspecify.annotations.NullMarked;
