/**
 * The append-only ledger of each account: charges, payments, adjustments, credits, write-offs,
 * refunds and reversals; balances at any date; and statements of account.
 *
 * <p>Nothing is edited or deleted: a correction is a new entry, and a {@link
 * org.homeownership.recovery.ledger.Reversal} names the entry it undoes. Posting the same external
 * reference twice returns the entry already posted.
 */
@NullMarked
package org.homeownership.recovery.ledger;

import org.jspecify.annotations.NullMarked;
