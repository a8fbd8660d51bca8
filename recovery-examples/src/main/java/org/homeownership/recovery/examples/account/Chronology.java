package org.homeownership.recovery.examples.account;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.Hearing;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.ledger.StatementLine;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.StageEntry;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * The chronology of a case file, as of a date: every ledger entry (demands with their due dates,
 * payments, credits and the rest, with the running balance), every notice issued with its date of
 * service, every move of the recovery case, every hold, every change of state of an arrangement
 * covering the account, every event of its court and tribunal cases, and every contact; by date,
 * and on one day in that order.
 *
 * @param events the events, in order
 */
record Chronology(ImmutableList<Event> events) {

  /** What an event is, in the order events of one day are listed. */
  enum Kind {
    /** A ledger entry. */
    LEDGER("ledger"),
    /** A notice or letter issued. */
    NOTICE("notice"),
    /** A move of the recovery case. */
    STAGE("recovery"),
    /** A hold set on the case. */
    HOLD("hold"),
    /** A change of state of an arrangement. */
    ARRANGEMENT("arrangement"),
    /** A county court claim, tribunal application or enforcement, or an event in one. */
    COURT("court"),
    /** A contact in the log. */
    CONTACT("contact");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The word the chronology prints. */
    String label() {
      return label;
    }
  }

  /**
   * One line of the chronology.
   *
   * @param date the day
   * @param kind what it is
   * @param what what happened, in words
   * @param reference the reference (a demand or payment reference, a notice's document), or empty
   * @param debit the debit, printed, or empty
   * @param credit the credit, printed, or empty
   * @param balance the balance after it, printed, or empty for events not on the ledger
   */
  record Event(
      LocalDate date,
      Kind kind,
      String what,
      String reference,
      String debit,
      String credit,
      String balance) {

    static Event of(LocalDate date, Kind kind, String what) {
      return new Event(date, kind, what, "", "", "", "");
    }
  }

  /**
   * The chronology as of {@code asOf}.
   *
   * @param notices the account's notices with the bundle page each copy starts on, if included
   */
  static Chronology of(
      Ledger ledger,
      Statement statement,
      Map<IssuedNotice, Optional<Integer>> notices,
      RecoveryCase recoveryCase,
      List<Hold> holds,
      List<ArrangementRecord> arrangements,
      ContactLog contacts,
      CourtCases courtCases,
      LocalDate asOf) {
    List<Event> events = new ArrayList<>();
    court(courtCases, events);
    for (PostedEntry posted :
        ledger.entries().stream()
            .filter(p -> !p.entry().date().isAfter(asOf))
            .sorted(Ledger.STATEMENT_ORDER)
            .toList()) {
      StatementLine line =
          statement.lines().stream()
              .filter(l -> l.entryId().equals(posted.id()))
              .findFirst()
              .orElse(null);
      LedgerEntry entry = posted.entry();
      String what =
          words(entry.kind().name())
              + ": "
              + entry.description()
              + (entry instanceof Charge charge ? ", due " + charge.dueDate() : "");
      events.add(
          new Event(
              entry.date(),
              Kind.LEDGER,
              what,
              line == null ? "" : line.reference().orElse(""),
              line == null || line.debit().isZero() ? "" : line.debit().format(),
              line == null || line.credit().isZero() ? "" : line.credit().format(),
              line == null ? "" : line.balance().format()));
    }
    notices.forEach(
        (notice, page) -> {
          if (!notice.issuedOn().isAfter(asOf)) {
            events.add(
                new Event(
                    notice.issuedOn(),
                    Kind.NOTICE,
                    notice.templateCode()
                        + " sent by "
                        + words(notice.serviceMethod().name())
                        + "; deemed served "
                        + notice.deemedServed()
                        + page.map(p -> "; copy at bundle page " + p).orElse(""),
                    notice.documentReference(),
                    "",
                    "",
                    ""));
          }
        });
    for (StageEntry move : recoveryCase.history()) {
      if (!move.on().isAfter(asOf)) {
        events.add(
            Event.of(
                move.on(),
                Kind.STAGE,
                words(move.move().name())
                    + move.stage().map(s -> ": " + s.code()).orElse(": no stage")));
      }
    }
    for (Hold hold : holds) {
      if (!hold.terms().start().isAfter(asOf)) {
        events.add(
            Event.of(
                hold.terms().start(),
                Kind.HOLD,
                words(hold.kind().name())
                    + hold.terms().until().map(u -> " until " + u).orElse(", open-ended")
                    + hold.terms().review().map(r -> ", review " + r).orElse("")
                    + ": "
                    + hold.terms().reason()));
      }
    }
    for (ArrangementRecord record : arrangements) {
      for (StateChange change : record.history()) {
        if (!change.on().isAfter(asOf)) {
          events.add(
              new Event(
                  change.on(),
                  Kind.ARRANGEMENT,
                  words(change.from().name())
                      + " to "
                      + words(change.to().name())
                      + ": "
                      + change.reason()
                      + " (expected balance "
                      + change.expectedBalance().format()
                      + ", actual "
                      + change.actualBalance().format()
                      + ")",
                  record.id().value(),
                  "",
                  "",
                  ""));
        }
      }
    }
    for (ContactEntry contact : contacts.entries()) {
      if (!contact.on().isAfter(asOf)) {
        events.add(
            new Event(
                contact.on(),
                Kind.CONTACT,
                (contact.direction() == ContactDirection.INCOMING ? "incoming " : "outgoing ")
                    + contact.kind().displayName()
                    + (contact.debtorReached() ? ", debtor reached" : "")
                    + ": "
                    + contact.outcome(),
                contact.id().value(),
                "",
                "",
                ""));
      }
    }
    List<Event> sorted =
        new ArrayList<>(events.stream().filter(e -> !e.date().isAfter(asOf)).toList());
    sorted.sort(Comparator.comparing(Event::date).thenComparing(Event::kind));
    return new Chronology(ImmutableList.copyOf(sorted));
  }

  private static void court(CourtCases cases, List<Event> events) {
    for (CountyCourtClaim claim : cases.claims()) {
      String number = claim.claimNumber().value();
      events.add(
          new Event(
              claim.issuedOn(),
              Kind.COURT,
              "county court claim issued: debt "
                  + claim.debt().format()
                  + ", interest "
                  + claim.interestClaimed().format()
                  + ", issue fee "
                  + claim.fee().format()
                  + " ("
                  + claim.charges().size()
                  + " charges claimed)",
              number,
              "",
              "",
              ""));
      for (Hearing hearing : claim.hearings()) {
        events.add(
            new Event(
                hearing.on(), Kind.COURT, "hearing: " + hearing.purpose(), number, "", "", ""));
      }
      claim
          .judgment()
          .ifPresent(
              j ->
                  events.add(
                      new Event(
                          j.on(),
                          Kind.COURT,
                          words(j.kind().name())
                              + ": debt "
                              + j.debt().format()
                              + ", interest "
                              + j.interest().format()
                              + ", costs "
                              + j.costs().format()
                              + "; "
                              + j.terms().describe(),
                          number,
                          "",
                          "",
                          "")));
      claim
          .closure()
          .ifPresent(
              c ->
                  events.add(
                      new Event(
                          c.on(),
                          Kind.COURT,
                          "claim ended: " + words(c.kind().name()),
                          number,
                          "",
                          "",
                          "")));
    }
    for (TribunalApplication application : cases.tribunalApplications()) {
      String reference = application.caseReference();
      events.add(
          new Event(
              application.madeOn(),
              Kind.COURT,
              "tribunal application (s.27A) by the "
                  + words(application.applicant().name())
                  + ": "
                  + application.amountInIssue().format()
                  + " in issue",
              reference,
              "",
              "",
              ""));
      for (Hearing hearing : application.hearings()) {
        events.add(
            new Event(
                hearing.on(),
                Kind.COURT,
                "tribunal hearing: " + hearing.purpose(),
                reference,
                "",
                "",
                ""));
      }
      application
          .determination()
          .ifPresent(
              d ->
                  events.add(
                      new Event(
                          d.decidedOn(),
                          Kind.COURT,
                          "tribunal determination: "
                              + d.amountFoundPayable().format()
                              + " payable"
                              + d.finalOn().map(f -> ", final on " + f).orElse(", not yet final"),
                          reference,
                          "",
                          "",
                          "")));
      application
          .withdrawnOn()
          .ifPresent(
              w ->
                  events.add(
                      new Event(
                          w, Kind.COURT, "tribunal application withdrawn", reference, "", "", "")));
    }
    for (EnforcementApplication enforcement : cases.enforcements()) {
      String number = enforcement.claimNumber().value();
      events.add(
          new Event(
              enforcement.appliedOn(),
              Kind.COURT,
              "enforcement applied for: "
                  + words(enforcement.method().name())
                  + ", fee "
                  + enforcement.fee().format(),
              number,
              "",
              "",
              ""));
      enforcement
          .outcome()
          .ifPresent(
              o ->
                  events.add(
                      new Event(
                          o.on(),
                          Kind.COURT,
                          "enforcement outcome: "
                              + words(o.kind().name())
                              + ", recovered "
                              + o.recovered().format(),
                          number,
                          "",
                          "",
                          "")));
    }
  }

  /** {@code CONSTANT_NAME} as {@code constant name}. */
  static String words(String constant) {
    return constant.toLowerCase(Locale.UK).replace('_', ' ');
  }
}
