package org.homeownership.recovery.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.ArrangementBook;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.persistence.jdbc.AccountLedger;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.ImmutableCaseFile;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;

/**
 * The one place the example app puts an account's {@link CaseFile} together: the ledger, the
 * recovery case with its stage history and holds, the hold of a live arrangement ({@link
 * ArrangementBook#holdOn} via {@link Hold.LiveArrangement#of}, set by the officer who made the
 * arrangement), the contact log, the letter of claim and forfeiture facts kept with the case, and
 * the court and tribunal cases. The demo assembles its files from what it keeps in memory with
 * {@link #assemble}; {@code worklist} and {@code case-file} load them from the database with {@link
 * #of}, so that the decision they print continues from where the demo left each account.
 */
public final class CaseFiles {

  private final JdbcStore store;
  private final ArrangementBook book;

  private CaseFiles(JdbcStore store, ArrangementBook book) {
    this.store = store;
    this.book = book;
  }

  /** Case files from {@code store}, with its arrangements read once into a book. */
  public static CaseFiles from(JdbcStore store) {
    ArrangementBook book = ArrangementBook.empty();
    try (var stored = store.arrangements()) {
      for (Versioned<ArrangementRecord> record :
          (Iterable<Versioned<ArrangementRecord>>) stored::iterator) {
        book = book.with(record.value());
      }
    }
    return new CaseFiles(store, book);
  }

  /** The arrangements stored, as a book. */
  public ArrangementBook book() {
    return book;
  }

  /** The stored case of {@code account}, if one is stored. */
  public Optional<CaseRecord> record(AccountId account) {
    return store.recoveryCase(account).map(Versioned::value);
  }

  /** The stored court and tribunal cases of {@code account}; none if none are stored. */
  public CourtCases courtCases(AccountId account) {
    return store.courtCases(account).map(Versioned::value).orElse(CourtCases.none());
  }

  /** The case file of a stored account as of {@code asOf}, from what the database holds. */
  public CaseFile of(AccountLedger stored, LocalDate asOf) {
    AccountId account = stored.account().id();
    CaseRecord record =
        record(account)
            .orElseGet(() -> CaseRecord.of(RecoveryCase.open(account, stored.account().stream())));
    return assemble(
        stored.ledger(),
        record.recoveryCase(),
        record.holds(),
        book,
        store.contactLog(account),
        record.letterOfClaim(),
        record.forfeitureFacts(),
        courtCases(account),
        asOf);
  }

  /**
   * An account's case file as of {@code asOf}: {@code holds} and, if a live arrangement in {@code
   * book} holds the account on that day, its hold.
   */
  public static CaseFile assemble(
      Ledger ledger,
      RecoveryCase recoveryCase,
      List<Hold> holds,
      ArrangementBook book,
      ContactLog contacts,
      Optional<LetterOfClaim> letterOfClaim,
      ForfeitureFacts forfeitureFacts,
      CourtCases courtCases,
      LocalDate asOf) {
    List<Hold> all = new ArrayList<>(holds);
    book.holdOn(recoveryCase.account(), asOf)
        .ifPresent(
            h ->
                all.add(
                    Hold.LiveArrangement.of(
                        h,
                        HoldAuthor.officer(
                            book.find(h.arrangement()).orElseThrow().arrangement().madeBy()))));
    ImmutableCaseFile.Builder file =
        CaseFile.builder()
            .ledger(ledger)
            .recoveryCase(recoveryCase)
            .holds(all)
            .contactLog(contacts)
            .forfeitureFacts(forfeitureFacts)
            .courtCases(courtCases);
    letterOfClaim.ifPresent(file::letterOfClaim);
    return file.build();
  }
}
