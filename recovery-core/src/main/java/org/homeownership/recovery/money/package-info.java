/** Money in whole pence, and splitting an amount into exact pence shares. */
@NullMarked
package org.homeownership.recovery.money;

import org.jspecify.annotations.NullMarked;
