/**
 * What a recovery stage counts: each charge's outstanding amount less what the law withholds (LTA
 * 1985 s.21B, LTA 1987 ss.47–48) or bars (s.20B), as {@link
 * org.homeownership.recovery.demand.DemandAssessment} finds; disputed charges set aside. See
 * LAW-AND-PRACTICE.md §1.3–§1.5.
 */
@NullMarked
package org.homeownership.recovery.recoverycase.arrears;

import org.jspecify.annotations.NullMarked;
