/**
 * Court and tribunal cases: county court money claims (claim number, issue date, debt, interest,
 * fee, hearings, judgment with its payment terms), First-tier Tribunal applications and
 * determinations under LTA 1985 s.27A, enforcement applications and their outcomes, and county
 * court issue fees from an effective-dated fee table worked out on the claim including interest
 * (LAW-AND-PRACTICE.md §1.7, §5.3, §6.4, §8).
 *
 * <p>These are records of what happened, kept as the officer enters them; the recovery engine reads
 * them to net judgments off what may be claimed, to stop a second claim or application for the same
 * debt, and to allow enforcement only on a judgment whose terms are in default.
 */
@NullMarked
package org.homeownership.recovery.court;

import org.jspecify.annotations.NullMarked;
