/**
 * Ground rent demands as CLRA 2002 s.166 notices: the valid window for the payment date, a
 * validator that says why a notice is or is not valid, and the ground rent charge a valid notice
 * raises. See LAW-AND-PRACTICE.md §5.1 and §13 (calendar days).
 */
@NullMarked
package org.homeownership.recovery.groundrent;

import org.jspecify.annotations.NullMarked;
