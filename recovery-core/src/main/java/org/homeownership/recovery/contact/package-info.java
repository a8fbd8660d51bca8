/**
 * The contact and enquiry log of each account: calls, visits, meetings, letters, emails and texts,
 * complaints, and enquiries by councillors and MPs, each with its date, direction, officer,
 * outcome, whether the debtor was reached, and for an enquiry the day a reply is due and the reply.
 *
 * <p>The recovery engine reads it for "days since the last contact" ({@link
 * org.homeownership.recovery.contact.ContactLog#lastContact}); what counts as a contact is a {@link
 * org.homeownership.recovery.contact.ContactCounting} rule. Officers' worklists read it for
 * enquiries awaiting a reply and overdue. Outcomes are free text and may hold personal data, so
 * they are redacted from every {@code toString}. See {@code docs/recovery.md}, "Contact log".
 */
@NullMarked
@Value.Style(redactedMask = "***", defaults = @Value.Immutable(copy = false))
package org.homeownership.recovery.contact;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
