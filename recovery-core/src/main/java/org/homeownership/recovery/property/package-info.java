/** Dwellings and their tenure. Estates, blocks and lease terms grow here with billing. */
@NullMarked
package org.homeownership.recovery.property;

import org.jspecify.annotations.NullMarked;
