/**
 * Shared ownership rent: the rent on the unowned share, its twelve monthly instalments, the annual
 * review by the lease's formula (RPI + 0.5% by the corrected 2013 ratio formula, or CPI + 1% with
 * no decrease), and staircasing, which reduces the rent in proportion from the completion date. See
 * LAW-AND-PRACTICE.md §10.
 */
@NullMarked
package org.homeownership.recovery.sharedownership;

import org.jspecify.annotations.NullMarked;
