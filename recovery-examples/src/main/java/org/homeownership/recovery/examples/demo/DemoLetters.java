package org.homeownership.recovery.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.notices.ContactDetails;
import org.homeownership.recovery.notices.Correspondence;
import org.homeownership.recovery.notices.Letter;
import org.homeownership.recovery.notices.LetterComposer;
import org.homeownership.recovery.notices.Letterhead;
import org.homeownership.recovery.notices.PdfLetter;
import org.homeownership.recovery.notices.Problem;
import org.homeownership.recovery.notices.RenderResult;
import org.homeownership.recovery.notices.TemplateSource;

/**
 * The demo's sample letters: the first of each kind the recovery team sends, rendered as PDF/A by
 * {@code recovery-notices} with the jar's templates and a fictional council's letterhead. A letter
 * the library refuses (a demand whose prescribed summary of rights the council has not supplied) is
 * recorded with its problems instead.
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

  private final LetterComposer composer;
  private final Path folder;
  private final Set<String> kindsDone = new HashSet<>();
  private final List<Sample> samples = new ArrayList<>();

  DemoLetters(Path folder) {
    this.folder = folder;
    this.composer = new LetterComposer(letterhead(), TemplateSource.defaults());
  }

  /** The fictional council's letterhead. */
  static Letterhead letterhead() {
    return Letterhead.builder()
        .legalName("London Borough of Anytown")
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
   * Renders {@code letter} as the sample of {@code kind} if none is written yet, as {@code
   * <kind>-<account>.pdf}.
   */
  void write(String kind, Letter letter, String amount) {
    if (!kindsDone.add(kind)) {
      return;
    }
    String account = letter.correspondence().account().value();
    LocalDate date = letter.correspondence().letterDate();
    RenderResult<PdfLetter> result = composer.composePdf(letter);
    if (result.isRendered()) {
      String file = kind + "-" + account + ".pdf";
      try {
        Files.createDirectories(folder);
        Files.write(folder.resolve(file), result.orElseThrow().bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      samples.add(new Sample(file, kind, account, date, amount, List.of()));
    } else {
      samples.add(
          new Sample(
              "",
              kind,
              account,
              date,
              amount,
              result.problems().stream().map(Problem::toString).toList()));
    }
  }

  /** The letters written and refused, in the order made. */
  List<Sample> samples() {
    return samples;
  }
}
