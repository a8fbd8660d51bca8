/**
 * Lease terms: what each lease (or, for a freehold house, its transfer) says about service charges
 * — the apportionment bases, the service charge year, the instalment plan — and the Right to Buy
 * grant date.
 */
@NullMarked
package org.homeownership.recovery.lease;

import org.jspecify.annotations.NullMarked;
