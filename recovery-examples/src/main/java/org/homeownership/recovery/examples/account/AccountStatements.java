package org.homeownership.recovery.examples.account;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.notices.Correspondence;
import org.homeownership.recovery.notices.LetterComposer;
import org.homeownership.recovery.notices.PdfLetter;
import org.homeownership.recovery.notices.Problem;
import org.homeownership.recovery.notices.RenderResult;
import org.homeownership.recovery.notices.StatementOfAccountLetter;
import org.homeownership.recovery.notices.TemplateSource;

/** Statements of account for the commands: the period's statement, as text or as a PDF/A letter. */
final class AccountStatements {

  private AccountStatements() {}

  /** The period from {@code from} (or the first entry's date) to {@code to}, both included. */
  static DateRange period(Ledger ledger, LocalDate from, LocalDate to) {
    return DateRange.inclusive(from, to);
  }

  /** The first day of the ledger, or {@code fallback} if it has no entries. */
  static LocalDate firstDay(Ledger ledger, LocalDate fallback) {
    return ledger.entries().stream()
        .map(p -> p.entry().date())
        .min(LocalDate::compareTo)
        .orElse(fallback);
  }

  /**
   * The statement as a PDF/A letter dated {@code letterDate}.
   *
   * @throws IllegalStateException naming each problem if the letter cannot be made
   */
  static byte[] pdf(DebtorAccount account, Statement statement, LocalDate letterDate) {
    RenderResult<PdfLetter> result =
        new LetterComposer(ExampleLetterhead.anytown(), TemplateSource.defaults())
            .composePdf(
                new StatementOfAccountLetter(Correspondence.to(account, letterDate), statement));
    if (!result.isRendered()) {
      List<Problem> problems = result.problems();
      throw new IllegalStateException(
          "the statement of account cannot be made: "
              + String.join("; ", problems.stream().map(Problem::toString).toList()));
    }
    return result.orElseThrow().bytes();
  }
}
