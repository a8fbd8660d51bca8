/**
 * Major works: schemes apportioned like any cost head, the statutory caps on each leaseholder's
 * share (s.20 consultation, the 2014 Mandatory Reduction Directions, the Right to Buy initial
 * period), each reduction with its reason, and the payment options a leaseholder may choose,
 * including a statutory service charge loan. LAW-AND-PRACTICE.md §1.2 and §3.
 */
@NullMarked
package org.homeownership.recovery.majorworks;

import org.jspecify.annotations.NullMarked;
