/**
 * Typed holds on recovery: a dispute on one charge, a query or complaint, breathing space (SI
 * 2020/1311, LAW-AND-PRACTICE.md §7), vulnerability (§12.4), insolvency, death, a live arrangement,
 * a promise to pay and missing data. Each has its start, its end or review date, its reason and who
 * set it. The breathing space figures are effective-dated configuration ({@link
 * org.homeownership.recovery.recoverycase.hold.BreathingSpaceFigures}).
 */
@NullMarked
package org.homeownership.recovery.recoverycase.hold;

import org.jspecify.annotations.NullMarked;
