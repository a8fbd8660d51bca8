/**
 * Arrears ageing: each outstanding charge ages from its own due date into configurable bands; aged
 * debt per account, per charge type and for a whole portfolio.
 */
@NullMarked
package org.homeownership.recovery.ageing;

import org.jspecify.annotations.NullMarked;
