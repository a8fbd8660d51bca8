/**
 * District heating bills from meter readings and an effective-dated two-part tariff: heat used ×
 * unit rate plus days × standing charge, pro-rated by days of occupancy, VAT shown, with the
 * rounding rule named on the bill. A dwelling without a meter falls back to an apportioned heating
 * charge. See LAW-AND-PRACTICE.md §9.
 */
@NullMarked
package org.homeownership.recovery.heating;

import org.jspecify.annotations.NullMarked;
