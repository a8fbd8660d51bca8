package org.homeownership.recovery.contact;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.officer.OfficerId;
import org.immutables.value.Value;

/**
 * One entry in an account's contact log: a call, visit, meeting, letter, email, text, complaint or
 * enquiry, with its date, direction, the officer who made or took it, the outcome, whether the
 * debtor was reached, and for an incoming contact that needs an answer the day the reply is due and
 * the reply. The outcome is free text and may hold personal data: it is redacted from {@code
 * toString}. Build one with {@link #builder()}.
 *
 * <p>The rules checked on building (each failure names the entry, the field and the value):
 *
 * <ul>
 *   <li>a complaint and a councillor's or MP's enquiry are incoming;
 *   <li>a councillor's or MP's enquiry never reaches the debtor (it is a third party's enquiry);
 *   <li>a letter, email or text the council sends never reaches the debtor on its own (nothing
 *       shows it was read); the debtor's answer is an incoming entry of its own;
 *   <li>a reply due date belongs to an incoming contact and is not before the contact;
 *   <li>a reply belongs to an incoming contact and is not before the contact.
 * </ul>
 */
@Value.Immutable
public abstract class ContactEntry {

  ContactEntry() {}

  /** A new builder. */
  public static ImmutableContactEntry.Builder builder() {
    return ImmutableContactEntry.builder();
  }

  /** The council's reference for the entry. */
  public abstract ContactId id();

  /** The day of the contact. */
  public abstract LocalDate on();

  /** How. */
  public abstract ContactKind kind();

  /** Who started it. */
  public abstract ContactDirection direction();

  /** The officer who made the contact, or took or logged it when it came in. */
  public abstract OfficerId officer();

  /** What happened, in the officer's words. Personal data: redacted from {@code toString}. */
  @Value.Redacted
  public abstract String outcome();

  /**
   * True if the debtor was reached: a call answered by or made by the debtor, a visit or meeting
   * with the debtor, a letter, email, text or complaint from the debtor themselves. False for an
   * unanswered call, a visit with nobody at home, a message the council sent, and anything from a
   * third party.
   */
  public abstract boolean debtorReached();

  /** The day by which the council must reply, for an incoming contact that needs an answer. */
  public abstract Optional<LocalDate> replyDue();

  /** The council's reply, once sent. */
  public abstract Optional<Reply> reply();

  /**
   * True if a reply is due and none had been sent by the end of {@code asOf}; false for a contact
   * made after {@code asOf} or one that needs no reply.
   */
  public final boolean awaitingReplyOn(LocalDate asOf) {
    return replyDue().isPresent()
        && !on().isAfter(asOf)
        && reply().map(r -> r.on().isAfter(asOf)).orElse(true);
  }

  /**
   * True if the contact is awaiting a reply on {@code asOf} and its reply due date is before {@code
   * asOf}: a reply due on 10 March is on time on 10 March and overdue from 11 March.
   */
  public final boolean overdueOn(LocalDate asOf) {
    return awaitingReplyOn(asOf) && replyDue().orElseThrow().isBefore(asOf);
  }

  /** This entry with {@code reply} recorded. */
  public final ContactEntry withReply(Reply reply) {
    return ImmutableContactEntry.builder().from(this).reply(reply).build();
  }

  @Value.Check
  void check() {
    if (outcome().isBlank()) {
      throw new IllegalArgumentException("contact " + id() + ": outcome is blank");
    }
    if (kind().isAlwaysIncoming() && direction() != ContactDirection.INCOMING) {
      throw new IllegalArgumentException(
          "contact " + id() + ": a " + kind().displayName() + " is INCOMING, not " + direction());
    }
    if (debtorReached() && kind().isThirdPartyEnquiry()) {
      throw new IllegalArgumentException(
          "contact "
              + id()
              + ": debtorReached is true for a "
              + kind().displayName()
              + ", which is a third party's enquiry");
    }
    if (debtorReached() && kind().isOneWayMessage() && direction() == ContactDirection.OUTGOING) {
      throw new IllegalArgumentException(
          "contact "
              + id()
              + ": debtorReached is true for an outgoing "
              + kind().displayName()
              + "; record the debtor's answer as an incoming contact");
    }
    if (direction() == ContactDirection.OUTGOING
        && (replyDue().isPresent() || reply().isPresent())) {
      throw new IllegalArgumentException(
          "contact " + id() + ": replyDue and reply belong to an INCOMING contact, not OUTGOING");
    }
    replyDue()
        .filter(due -> due.isBefore(on()))
        .ifPresent(
            due -> {
              throw new IllegalArgumentException(
                  "contact " + id() + ": replyDue " + due + " is before the contact on " + on());
            });
    reply()
        .filter(r -> r.on().isBefore(on()))
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(
                  "contact " + id() + ": reply on " + r.on() + " is before the contact on " + on());
            });
  }
}
