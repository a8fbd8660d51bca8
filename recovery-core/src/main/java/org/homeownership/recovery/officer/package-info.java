/**
 * The council officers who make, check and approve decisions: identified by a staff reference so
 * that every decision records who took it without holding their personal details.
 */
@NullMarked
package org.homeownership.recovery.officer;

import org.jspecify.annotations.NullMarked;
