/**
 * Billing runs: the charges a run raises, posted to the ledger through the {@link
 * org.homeownership.recovery.ledger.LedgerStore} port. Each billed item has a key that stays the
 * same across runs, so running a billing run again posts nothing new, and a corrected run posts
 * only the differences, as adjustments or credits.
 */
@NullMarked
package org.homeownership.recovery.billing;

import org.jspecify.annotations.NullMarked;
