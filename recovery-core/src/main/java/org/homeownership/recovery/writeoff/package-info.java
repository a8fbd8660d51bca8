/**
 * Write-offs (LAW-AND-PRACTICE.md §12.3): a proposal with its reason ({@link
 * org.homeownership.recovery.ledger.WriteOffReason}), authorisation by amount band and reason under
 * the council's {@link org.homeownership.recovery.writeoff.AuthorisationBands} (configuration per
 * council, effective-dated), maker and checker (the proposer never authorises; the authoriser's
 * level must be high enough), the {@link org.homeownership.recovery.ledger.WriteOff} ledger entry
 * an authorisation produces, and reinstatement (a {@link
 * org.homeownership.recovery.ledger.Reversal} of that entry naming it) when the debtor is traced.
 * Every step is kept in the record's history with who and when. See {@code docs/recovery.md},
 * "Write-offs".
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.writeoff;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
