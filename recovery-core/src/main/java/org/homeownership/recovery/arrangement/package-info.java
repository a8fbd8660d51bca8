/**
 * Payment arrangements: the terms agreed with a debtor (accounts covered, frequency, amount, start,
 * lump sum, starting balance, informal or court-ordered, maker and approver), the schedule of
 * instalments and expected balances, maker-checker approval, monitoring as of any date, the state
 * model (proposed, live, breached, cancelled, completed) with every change kept, and what the
 * recovery engine needs: which debts a live arrangement holds, at which stage, and the events that
 * release the hold. See LAW-AND-PRACTICE.md §12.2 and {@code docs/arrangements.md}.
 *
 * <p>Every policy figure (second-approval thresholds, tolerance days, missed-instalment window and
 * count, Direct Debit failure rules) is effective-dated configuration; none is written in code.
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.arrangement;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
