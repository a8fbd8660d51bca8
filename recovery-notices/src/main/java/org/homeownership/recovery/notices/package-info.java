/**
 * Letters and notices: each {@link org.homeownership.recovery.notices.Letter} declares the data its
 * template needs; the {@link org.homeownership.recovery.notices.LetterComposer} checks it, then
 * renders the letter through Pebble templates and the council's {@link
 * org.homeownership.recovery.notices.Letterhead} to HTML and to a tagged, archivable PDF/A document
 * whose bytes depend only on the letter.
 *
 * <p>A letter with missing or invalid data is refused with a {@link
 * org.homeownership.recovery.notices.RenderResult.Refused} naming every problem; nothing is
 * produced. Templates ship in the jar and a council overrides any of them from its own directory
 * ({@link org.homeownership.recovery.notices.TemplateSource}). See {@code docs/notices.md}.
 */
@NullMarked
package org.homeownership.recovery.notices;

import org.jspecify.annotations.NullMarked;
