/**
 * Proposals for payment arrangements: an instalment covering the ongoing charges plus an arrears
 * component within the council's policy for the debt type (minimum instalment, maximum term, and
 * affordability as a share of the Standard Financial Statement surplus), with its term, end date
 * and total, and why a longer or shorter one is not offered. See LAW-AND-PRACTICE.md §3.4, §11 and
 * §12.2.
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.arrangement.proposal;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
