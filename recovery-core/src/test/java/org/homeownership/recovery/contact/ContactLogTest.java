package org.homeownership.recovery.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contact and enquiry log: what counts as a contact under each rule, the last contact on or
 * before a date (the day before, on and after), enquiries awaiting a reply and overdue (the reply
 * due date's day before, the day itself and the day after), and the rules checked on building.
 */
class ContactLogTest {

  private static final AccountId ACCOUNT = AccountId.of("SC-1001");
  private static final OfficerId OFFICER = OfficerId.of("HO-0042");

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static ImmutableContactEntry.Builder entry(
      String id, String on, ContactKind kind, ContactDirection direction, boolean reached) {
    return ContactEntry.builder()
        .id(ContactId.of(id))
        .on(d(on))
        .kind(kind)
        .direction(direction)
        .officer(OFFICER)
        .outcome("Mrs Example said she would pay on Friday")
        .debtorReached(reached);
  }

  @ParameterizedTest(name = "{0} {1} reached={2}: debtor reached {3}, any contact {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # kind             | direction | reached | counts: DEBTOR_REACHED | counts: ANY_CONTACT_WITH_DEBTOR
          CALL               | OUTGOING  | true    | true                   | true
          CALL               | OUTGOING  | false   | false                  | true
          CALL               | INCOMING  | true    | true                   | true
          VISIT              | OUTGOING  | true    | true                   | true
          VISIT              | OUTGOING  | false   | false                  | true
          MEETING            | INCOMING  | true    | true                   | true
          LETTER             | OUTGOING  | false   | false                  | true
          LETTER             | INCOMING  | true    | true                   | true
          EMAIL              | OUTGOING  | false   | false                  | true
          EMAIL              | INCOMING  | true    | true                   | true
          SMS                | OUTGOING  | false   | false                  | true
          COMPLAINT          | INCOMING  | true    | true                   | true
          COUNCILLOR_ENQUIRY | INCOMING  | false   | false                  | false
          MP_ENQUIRY         | INCOMING  | false   | false                  | false
          OTHER              | OUTGOING  | false   | false                  | true
          """)
  void whatCountsAsAContact(
      ContactKind kind,
      ContactDirection direction,
      boolean reached,
      boolean debtorReached,
      boolean anyContact) {
    ContactEntry contact = entry("C-1", "2025-02-12", kind, direction, reached).build();

    assertThat(ContactCounting.DEBTOR_REACHED.counts(contact)).isEqualTo(debtorReached);
    assertThat(ContactCounting.ANY_CONTACT_WITH_DEBTOR.counts(contact)).isEqualTo(anyContact);
  }

  @ParameterizedTest(name = "as of {0} under {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # as of    | counting                | last contact
          2025-02-09 | DEBTOR_REACHED          |
          2025-02-10 | DEBTOR_REACHED          | C-1
          2025-02-11 | DEBTOR_REACHED          | C-1
          2025-02-14 | DEBTOR_REACHED          | C-1
          2025-02-15 | DEBTOR_REACHED          | C-1
          2025-02-15 | ANY_CONTACT_WITH_DEBTOR | C-3
          2025-02-19 | DEBTOR_REACHED          | C-1
          2025-02-20 | DEBTOR_REACHED          | C-5
          2025-02-20 | ANY_CONTACT_WITH_DEBTOR | C-5
          2025-02-21 | DEBTOR_REACHED          | C-5
          """)
  void theLastContactOnOrBeforeADate(String asOf, ContactCounting counting, String expected) {
    ContactLog log =
        ContactLog.of(
            ACCOUNT,
            List.of(
                entry("C-1", "2025-02-10", ContactKind.CALL, ContactDirection.OUTGOING, true)
                    .build(),
                entry("C-2", "2025-02-15", ContactKind.LETTER, ContactDirection.OUTGOING, false)
                    .build(),
                entry("C-3", "2025-02-15", ContactKind.CALL, ContactDirection.OUTGOING, false)
                    .build(),
                entry(
                        "C-4",
                        "2025-02-18",
                        ContactKind.COUNCILLOR_ENQUIRY,
                        ContactDirection.INCOMING,
                        false)
                    .build(),
                entry("C-5", "2025-02-20", ContactKind.EMAIL, ContactDirection.INCOMING, true)
                    .build()));

    assertThat(log.lastContact(d(asOf), counting).map(e -> e.id().value()))
        .isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(
      name = "reply due 2025-03-10, replied {0}, as of {1}: awaiting {2}, overdue {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # replied  | as of      | awaiting | overdue
                     | 2025-02-28 | false    | false
                     | 2025-03-01 | true     | false
                     | 2025-03-09 | true     | false
                     | 2025-03-10 | true     | false
                     | 2025-03-11 | true     | true
          2025-03-10 | 2025-03-09 | true     | false
          2025-03-10 | 2025-03-10 | false    | false
          2025-03-12 | 2025-03-11 | true     | true
          2025-03-12 | 2025-03-12 | false    | false
          """)
  void enquiriesAwaitingAReplyAndOverdue(
      String replied, String asOf, boolean awaiting, boolean overdue) {
    ImmutableContactEntry.Builder builder =
        entry(
                "ENQ-7",
                "2025-03-01",
                ContactKind.COUNCILLOR_ENQUIRY,
                ContactDirection.INCOMING,
                false)
            .replyDue(d("2025-03-10"));
    if (replied != null) {
      builder.reply(new Reply(d(replied), OFFICER));
    }
    ContactLog log =
        ContactLog.of(
            ACCOUNT,
            List.of(
                builder.build(),
                entry("C-1", "2025-03-01", ContactKind.CALL, ContactDirection.OUTGOING, true)
                    .build()));

    assertThat(log.awaitingReply(d(asOf))).hasSize(awaiting ? 1 : 0);
    assertThat(log.overdue(d(asOf))).hasSize(overdue ? 1 : 0);
  }

  @Test
  void awaitingRepliesComeEarliestDueFirstAndAReplyIsRecordedOnce() {
    ContactLog log =
        ContactLog.of(
            ACCOUNT,
            List.of(
                entry(
                        "MP-1",
                        "2025-03-02",
                        ContactKind.MP_ENQUIRY,
                        ContactDirection.INCOMING,
                        false)
                    .replyDue(d("2025-03-20"))
                    .build(),
                entry("CMP-1", "2025-03-03", ContactKind.COMPLAINT, ContactDirection.INCOMING, true)
                    .replyDue(d("2025-03-13"))
                    .build()));

    ContactLog replied = log.withReply(ContactId.of("CMP-1"), new Reply(d("2025-03-12"), OFFICER));

    assertThat(log.awaitingReply(d("2025-03-12")))
        .extracting(e -> e.id().value())
        .containsExactly("CMP-1", "MP-1");
    assertThat(replied.awaitingReply(d("2025-03-12")))
        .extracting(e -> e.id().value())
        .containsExactly("MP-1");
    assertThat(replied.find(ContactId.of("CMP-1")).flatMap(ContactEntry::reply))
        .contains(new Reply(d("2025-03-12"), OFFICER));
    assertThatThrownBy(
            () -> replied.withReply(ContactId.of("CMP-1"), new Reply(d("2025-03-14"), OFFICER)))
        .hasMessage("account SC-1001: contact CMP-1 already has a reply on 2025-03-12");
    assertThatThrownBy(
            () -> log.withReply(ContactId.of("X-9"), new Reply(d("2025-03-14"), OFFICER)))
        .hasMessage("account SC-1001: contact X-9 is not in the log");
    assertThatThrownBy(
            () ->
                log.with(
                    entry("MP-1", "2025-03-04", ContactKind.CALL, ContactDirection.OUTGOING, true)
                        .build()))
        .hasMessage("account SC-1001: contact MP-1 is already in the log");
  }

  @Test
  void theRulesOnBuildingNameTheEntryAndFieldButNotTheOutcome() {
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.COMPLAINT, ContactDirection.OUTGOING, false)
                    .build())
        .hasMessage("contact C-1: a complaint is INCOMING, not OUTGOING");
    assertThatThrownBy(
            () ->
                entry(
                        "C-1",
                        "2025-03-01",
                        ContactKind.COUNCILLOR_ENQUIRY,
                        ContactDirection.INCOMING,
                        true)
                    .build())
        .hasMessage(
            "contact C-1: debtorReached is true for a councillor's enquiry, which is a third"
                + " party's enquiry");
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.LETTER, ContactDirection.OUTGOING, true)
                    .build())
        .hasMessage(
            "contact C-1: debtorReached is true for an outgoing letter; record the debtor's answer"
                + " as an incoming contact");
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.CALL, ContactDirection.OUTGOING, true)
                    .replyDue(d("2025-03-10"))
                    .build())
        .hasMessage("contact C-1: replyDue and reply belong to an INCOMING contact, not OUTGOING");
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.EMAIL, ContactDirection.INCOMING, true)
                    .replyDue(d("2025-02-28"))
                    .build())
        .hasMessage("contact C-1: replyDue 2025-02-28 is before the contact on 2025-03-01");
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.EMAIL, ContactDirection.INCOMING, true)
                    .reply(new Reply(d("2025-02-28"), OFFICER))
                    .build())
        .hasMessage("contact C-1: reply on 2025-02-28 is before the contact on 2025-03-01");
    assertThatThrownBy(
            () ->
                entry("C-1", "2025-03-01", ContactKind.CALL, ContactDirection.OUTGOING, true)
                    .outcome(" ")
                    .build())
        .hasMessage("contact C-1: outcome is blank");
    assertThat(
            entry("C-1", "2025-03-01", ContactKind.CALL, ContactDirection.OUTGOING, true).build())
        .asString()
        .contains("outcome=***")
        .doesNotContain("Mrs Example");
  }
}
