/**
 * Debtor accounts: one per debt stream on a dwelling, with the parties liable and where to write to
 * them. Personal data is redacted from every {@code toString}.
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.account;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
