/**
 * Payment files: reading a CSV file of payments (format in {@code docs/payment-file.md}), checking
 * every row before anything is posted, and posting the good file in one batch, idempotently by
 * payment reference.
 */
@NullMarked
package org.homeownership.recovery.examples.payments;

import org.jspecify.annotations.NullMarked;
