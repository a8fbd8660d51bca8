/**
 * Payment allocation: which payments and credits paid which charges.
 *
 * <p>{@link org.homeownership.recovery.allocation.PaymentAllocator} replays an account's entries in
 * date order, so a back-dated payment or a reversal gives the same allocation as if every entry had
 * arrived in date order. The order in which a credit pays open charges is a pluggable {@link
 * org.homeownership.recovery.allocation.AllocationStrategy}.
 */
@NullMarked
package org.homeownership.recovery.allocation;

import org.jspecify.annotations.NullMarked;
