/**
 * Statutory checks on every demand for a service charge or administration charge: LTA 1985 s.20B
 * (the 18-month rule), s.21B (the summary of rights and obligations; CLRA 2002 Sch 11 para 4 for
 * administration charges) and LTA 1987 ss.47–48 (the landlord's name and address for service). Each
 * check cites its section of LAW-AND-PRACTICE.md and takes its figures from {@link
 * org.homeownership.recovery.demand.StatutoryFigures}.
 */
@NullMarked
package org.homeownership.recovery.demand;

import org.jspecify.annotations.NullMarked;
