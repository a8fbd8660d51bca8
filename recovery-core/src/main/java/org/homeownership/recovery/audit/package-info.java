/**
 * Record keeping for the things officers and processes change: who changed what and when ({@link
 * org.homeownership.recovery.audit.AuditLog}), and optimistic concurrency for records that are
 * edited ({@link org.homeownership.recovery.audit.Versioned}, {@link
 * org.homeownership.recovery.audit.StaleWriteException}). Time is an input: the caller gives the
 * instant of each change; nothing here reads a clock.
 */
@NullMarked
package org.homeownership.recovery.audit;

import org.jspecify.annotations.NullMarked;
