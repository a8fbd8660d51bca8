package org.homeownership.recovery.examples.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.ArrangementBook;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.StageEntry;
import org.jspecify.annotations.Nullable;

/**
 * Writes the demo's casework to the database as it happens, through the store's ports: each
 * account's recovery case with its stage history and holds ({@code RecoveryCaseStore}), the
 * arrangements with their state history ({@code ArrangementStore}), the contact log ({@code
 * ContactLogStore}), the notices issued ({@code IssuedNoticeStore}) and the county court claim
 * ({@code CourtCaseStore}). Each save is its own short transaction with a {@link Change} by the
 * demo's officer, dated the simulated day (at {@link #RECORDED_AT} UTC, never the clock, so the
 * same seed gives the same audit log); a case or arrangement is saved first as {@link
 * Versioned#NEW} and afterwards from the version last read back, and only when it has changed.
 *
 * <p>A case is kept once it has a stage history or a hold: accounts the sweep never moved are not
 * written. A live arrangement's hold is not kept on the case: it comes from the arrangement, as
 * {@code ArrangementBook.holdOn} gives it.
 */
final class DemoRecords {

  /** The time of day the demo's officer records the day's casework. */
  static final LocalTime RECORDED_AT = LocalTime.of(17, 30);

  private final JdbcStore store;
  private final Map<AccountId, Versioned<CaseRecord>> cases = new TreeMap<>();
  private final Map<ArrangementId, Versioned<ArrangementRecord>> arrangements = new TreeMap<>();
  private final Map<AccountId, Versioned<CourtCases>> courtCases = new TreeMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  DemoRecords(JdbcStore store) {
    this.store = store;
  }

  /** Saves each case of {@code records} that is new or changed since last saved. */
  void saveCases(Iterable<CaseRecord> records, LocalDate date) {
    for (CaseRecord record : records) {
      Versioned<CaseRecord> last = cases.get(record.account());
      if (last == null && record.recoveryCase().history().isEmpty() && record.holds().isEmpty()) {
        continue;
      }
      if (last != null && last.value().equals(record)) {
        continue;
      }
      Versioned<CaseRecord> saved =
          store.save(
              record,
              last == null ? Versioned.NEW : last.version(),
              change(date, describe(last == null ? null : last.value(), record)));
      cases.put(record.account(), saved);
      counts.merge("case saves", 1, Integer::sum);
    }
  }

  /** Saves each arrangement in {@code book} that is new or changed since last saved. */
  void saveArrangements(ArrangementBook book, LocalDate date) {
    for (ArrangementRecord record : book.records()) {
      ArrangementId id = record.arrangement().id();
      Versioned<ArrangementRecord> last = arrangements.get(id);
      if (last != null && last.value().equals(record)) {
        continue;
      }
      String what =
          last == null
              ? "arrangement recorded: " + record.state()
              : "arrangement " + last.value().state() + " to " + record.state();
      arrangements.put(
          id,
          store.save(record, last == null ? Versioned.NEW : last.version(), change(date, what)));
      counts.merge("arrangement saves", 1, Integer::sum);
    }
  }

  /** Saves the account's court cases, from the version last saved. */
  void saveCourtCases(AccountId account, CourtCases courtCases, LocalDate date, String what) {
    Versioned<CourtCases> last = this.courtCases.get(account);
    this.courtCases.put(
        account,
        store.save(
            account,
            courtCases,
            last == null ? Versioned.NEW : last.version(),
            change(date, what)));
    counts.merge("court case saves", 1, Integer::sum);
  }

  /** Keeps the record of a notice just issued. */
  void noticeIssued(IssuedNotice notice) {
    store.recordIssued(
        notice, change(notice.issuedOn(), "notice issued: " + notice.templateCode()));
    counts.merge("notices", 1, Integer::sum);
  }

  /** Appends {@code entry} to the account's contact log. */
  void contact(AccountId account, ContactEntry entry) {
    store.append(
        account, entry, change(entry.on(), "contact logged: " + entry.kind().displayName()));
    counts.merge("contacts", 1, Integer::sum);
  }

  /** How many saves of each kind were made, for the report. */
  Map<String, Integer> counts() {
    return new TreeMap<>(counts);
  }

  private static Change change(LocalDate date, String what) {
    return Change.of(
        Actor.officer(Casework.OFFICER), date.atTime(RECORDED_AT).toInstant(ZoneOffset.UTC), what);
  }

  private static String describe(@Nullable CaseRecord before, CaseRecord after) {
    RecoveryCase now = after.recoveryCase();
    int movesBefore = before == null ? 0 : before.recoveryCase().history().size();
    int holdsBefore = before == null ? 0 : before.holds().size();
    StringBuilder what = new StringBuilder();
    for (StageEntry move : now.history().subList(movesBefore, now.history().size())) {
      what.append(what.length() == 0 ? "" : "; ")
          .append(move.move().name().toLowerCase(java.util.Locale.UK).replace('_', ' '))
          .append(move.stage().map(s -> ": " + s.code()).orElse(""));
    }
    for (int i = holdsBefore; i < after.holds().size(); i++) {
      what.append(what.length() == 0 ? "" : "; ")
          .append("hold added: ")
          .append(after.holds().get(i).kind());
    }
    return what.length() == 0
        ? Optional.ofNullable(before).map(b -> "case updated").orElse("case opened")
        : what.toString();
  }
}
