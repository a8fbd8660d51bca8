/**
 * Commands on the accounts held in the example app's database: {@code statement}, {@code worklist}
 * and {@code case-file}; and {@link org.homeownership.recovery.examples.account.OpenStore}, how
 * every command opens that database.
 */
@NullMarked
package org.homeownership.recovery.examples.account;

import org.jspecify.annotations.NullMarked;
