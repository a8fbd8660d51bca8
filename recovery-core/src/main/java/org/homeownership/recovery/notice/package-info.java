/**
 * Notices issued to debtors: the record kept of each one (which template and version, the hash of
 * the document, when and how it was sent and when it is deemed served) and the port through which
 * the host keeps the documents. Rendering lives in the {@code recovery-notices} module; this
 * package holds no document formats.
 */
@NullMarked
package org.homeownership.recovery.notice;

import org.jspecify.annotations.NullMarked;
