/**
 * The recovery engine: for an account as of a date, the next recovery action — or none — with every
 * reason (LAW-AND-PRACTICE.md §5–§8, §12, §13). The case climbs its debt stream's ladder one stage
 * per decision, so a stage that issues a notice is never skipped; each stage waits its interval,
 * and days on hold do not count. Holds, statutory gates and amounts withheld or barred are applied
 * before any step is proposed. A portfolio sweep evaluates every account and returns a prioritised
 * worklist. See {@code docs/recovery.md}.
 *
 * <p>Time is an input: nothing here reads a clock, so the same inputs give equal decisions and the
 * same text, byte for byte.
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.recoverycase;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
