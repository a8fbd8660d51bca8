package org.homeownership.recovery.examples.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.calendar.OrdinaryCourseOfPost;
import org.homeownership.recovery.config.json.BankHolidaysJson;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.notices.ContactDetails;
import org.homeownership.recovery.notices.Correspondence;
import org.homeownership.recovery.notices.Letter;
import org.homeownership.recovery.notices.LetterComposer;
import org.homeownership.recovery.notices.Letterhead;
import org.homeownership.recovery.notices.MissingDataHolds;
import org.homeownership.recovery.notices.NoticeIssuer;
import org.homeownership.recovery.notices.Problem;
import org.homeownership.recovery.notices.RenderResult;
import org.homeownership.recovery.notices.TemplateSource;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * The demo's letters: the first of each kind of reminder and notice the team sends, and every
 * lender letter, letter of claim, arrangement letter and breathing space acknowledgement the
 * notable cases get, issued through {@code recovery-notices}' {@link NoticeIssuer} with the jar's
 * templates and a fictional council's letterhead. Each PDF/A is kept in {@code letters/} by a
 * {@link FolderDocumentStore}; service by first class post is worked out by {@link
 * OrdinaryCourseOfPost} over the shipped bank holidays ({@link BankHolidaysJson#shipped()}); the
 * {@link IssuedNotice} records are kept for {@code notices.csv}. A letter the library refuses is
 * recorded with its problems and becomes a missing-data hold ({@link MissingDataHolds#forRefusal}),
 * which the caller puts on the case.
 */
final class DemoLetters {

  /**
   * A letter written or refused.
   *
   * @param file the PDF's file name in {@code letters/}, or empty if refused
   * @param kind what kind of letter
   * @param account the account it is about
   * @param date the letter's date
   * @param amount the main figure it shows, as printed
   * @param problems why it was refused, if it was
   */
  record Sample(
      String file,
      String kind,
      String account,
      LocalDate date,
      String amount,
      List<String> problems) {}

  /** The time of day the demo's letters are posted, on the letter's date. */
  static final LocalTime POSTED_AT = LocalTime.of(15, 0);

  private final NoticeIssuer issuer;
  private final Set<String> kindsDone = new HashSet<>();
  private final List<Sample> samples = new ArrayList<>();
  private final List<IssuedNotice> issued = new ArrayList<>();

  private final Consumer<IssuedNotice> onIssued;

  /** Letters kept in {@code folder}; {@code onIssued} is told of each notice issued, in order. */
  DemoLetters(Path folder, Consumer<IssuedNotice> onIssued) {
    this.onIssued = onIssued;
    this.issuer =
        new NoticeIssuer(
            new LetterComposer(letterhead(), TemplateSource.defaults()),
            new FolderDocumentStore(folder),
            new OrdinaryCourseOfPost(BankHolidaysJson.shipped()));
  }

  /** The fictional council's legal name. */
  static final String COUNCIL = "London Borough of Anytown";

  /** The fictional council's letterhead. */
  static Letterhead letterhead() {
    return Letterhead.builder()
        .legalName(COUNCIL)
        .addressForService(
            PostalAddress.builder()
                .addLines("Town Hall", "1 High Street")
                .town("Anytown")
                .postcode("AN1 1AA")
                .build())
        .contact(
            new ContactDetails(
                "Home Ownership Services",
                "020 7946 0000",
                "homeownership@anytown.example",
                "www.anytown.example/homeowners",
                "Monday to Friday, 9am to 5pm"))
        .addPaymentMethod(
            "Bank transfer", "sort code 00-00-00, account 00000000, quoting your account reference")
        .addPaymentMethod("Debit or credit card", "online at www.anytown.example/pay")
        .build();
  }

  /** True if no letter of {@code kind} has been written yet. */
  boolean wants(String kind) {
    return !kindsDone.contains(kind);
  }

  /** The account's arrears as of {@code date}, aged, for a reminder. */
  static AgedDebt arrears(org.homeownership.recovery.ledger.Ledger ledger, LocalDate date) {
    return new ArrearsAgeing(AgeingBands.standard()).age(Casework.ALLOCATOR.allocate(ledger, date));
  }

  /** Correspondence to every party on {@code account}, dated {@code date}. */
  static Correspondence to(DebtorAccount account, LocalDate date) {
    return Correspondence.to(account, date);
  }

  /**
   * Issues {@code letter} as the sample of {@code kind} if none of that kind is issued yet.
   *
   * @return the missing-data hold for the case if the letter was refused
   */
  Optional<Hold.MissingData> write(String kind, Letter letter, String amount) {
    if (!kindsDone.add(kind)) {
      return Optional.empty();
    }
    return issue(kind, letter, amount);
  }

  /**
   * Issues {@code letter}, posted first class at {@link #POSTED_AT} on its date.
   *
   * @param kind what kind of letter, for the report
   * @param amount the main figure it shows, as printed
   * @return the missing-data hold for the case if the letter was refused
   */
  Optional<Hold.MissingData> issue(String kind, Letter letter, String amount) {
    kindsDone.add(kind);
    String account = letter.correspondence().account().value();
    LocalDate date = letter.correspondence().letterDate();
    RenderResult<IssuedNotice> result = issuer.issue(letter, date.atTime(POSTED_AT));
    if (result.isRendered()) {
      IssuedNotice notice = result.orElseThrow();
      issued.add(notice);
      onIssued.accept(notice);
      samples.add(
          new Sample(
              notice.documentReference().substring(OutputFolder.LETTERS.length() + 1),
              kind,
              account,
              date,
              amount,
              List.of()));
      return Optional.empty();
    }
    samples.add(
        new Sample(
            "",
            kind,
            account,
            date,
            amount,
            result.problems().stream().map(Problem::toString).toList()));
    return Optional.of(MissingDataHolds.forRefusal(letter, result.problems(), date));
  }

  /** The records of the letters issued, in the order issued. */
  List<IssuedNotice> issued() {
    return issued;
  }

  /** The letters written and refused, in the order made. */
  List<Sample> samples() {
    return samples;
  }
}
