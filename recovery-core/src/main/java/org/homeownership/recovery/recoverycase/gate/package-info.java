/**
 * Statutory gates: rules of law that a stage's action must pass whatever the policy says. The
 * Pre-Action Protocol for Debt Claims before a county court claim (LAW-AND-PRACTICE.md §6.2–§6.3);
 * CLRA 2002 s.167 and HA 1996 s.81 before a s.146 notice or forfeiture (§5.2–§5.4); the court and
 * tribunal record before a claim, a tribunal application or enforcement (§1.7, §6, §8), with the
 * {@link org.homeownership.recovery.recoverycase.gate.ClaimableBalance} that nets judgments off
 * what may be claimed. Each gate cites its section, takes its figures from effective-dated
 * configuration and returns a {@link org.homeownership.recovery.recoverycase.gate.GateResult} with
 * its reasons and the earliest date it opens.
 */
@NullMarked
package org.homeownership.recovery.recoverycase.gate;

import org.jspecify.annotations.NullMarked;
