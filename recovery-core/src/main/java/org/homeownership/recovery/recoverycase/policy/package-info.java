/**
 * Recovery policy as data: per debt stream, an ordered ladder of {@link
 * org.homeownership.recovery.recoverycase.policy.Stage stages}, each with its action, entry
 * conditions, whether it issues a notice and whether it needs an officer's approval; and the
 * condition checks that explain, with figures, why a stage is or is not due. {@link
 * org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy} is built from published
 * council practice (LAW-AND-PRACTICE.md §12.1), each stage citing its source. See {@code
 * docs/recovery.md}.
 */
@NullMarked
package org.homeownership.recovery.recoverycase.policy;

import org.jspecify.annotations.NullMarked;
