package org.homeownership.recovery.examples.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.recoverycase.CaseFile;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * A court or tribunal bundle for one account, as of a date, from what the database holds: an index
 * (contents with page numbers, a summary with the recovery decision and its reasons, the notices
 * with their dates of service, the arrangements, and the {@link Chronology} of demands, payments,
 * notices, recovery steps, holds, arrangements and contacts), then the statement of account, then a
 * copy of each notice issued. As one PDF ({@link #pdf()}), or as a zip or folder of files with the
 * index as text ({@link #files()}, {@link #zip()}). The same data and date give the same bytes.
 *
 * <p>Each notice's copy is read from the document store by its reference and checked against the
 * SHA-256 recorded when it was issued; a copy that is missing or differs is left out, and the index
 * says so.
 */
final class CaseBundle {

  /**
   * A notice issued, with the copy of it found in the document store.
   *
   * @param notice the record of the notice
   * @param pdf the copy, if found and its SHA-256 is the one recorded
   * @param note why there is no copy, or empty
   */
  record NoticeCopy(IssuedNotice notice, Optional<byte[]> pdf, String note) {}

  private final DebtorAccount account;
  private final Ledger ledger;
  private final Statement statement;
  private final CaseFile file;
  private final Decision decision;
  private final List<NoticeCopy> notices;
  private final List<ArrangementRecord> arrangements;
  private final LocalDate asOf;
  private final String council;
  private final byte[] statementPdf;

  private CaseBundle(
      DebtorAccount account,
      CaseFile file,
      Decision decision,
      List<NoticeCopy> notices,
      List<ArrangementRecord> arrangements,
      LocalDate asOf) {
    this.account = account;
    this.ledger = file.ledger();
    this.file = file;
    this.decision = decision;
    this.notices = notices.stream().filter(n -> !n.notice().issuedOn().isAfter(asOf)).toList();
    this.arrangements = arrangements;
    this.asOf = asOf;
    this.council = ExampleLetterhead.anytown().legalName();
    LocalDate from = AccountStatements.firstDay(ledger, asOf);
    this.statement = ledger.statement(AccountStatements.period(ledger, from, asOf));
    this.statementPdf = AccountStatements.pdf(account, statement, asOf);
  }

  /**
   * The bundle for {@code account}, whose case file (ledger, case, holds, contacts) is {@code
   * file}.
   *
   * @param notices the notices issued to the account, with their copies, in the order issued
   * @param arrangements the arrangements covering the account
   */
  static CaseBundle of(
      DebtorAccount account,
      CaseFile file,
      Decision decision,
      List<NoticeCopy> notices,
      List<ArrangementRecord> arrangements,
      LocalDate asOf) {
    return new CaseBundle(account, file, decision, notices, arrangements, asOf);
  }

  /** The notice copies in the bundle, in the order issued. */
  private List<NoticeCopy> copies() {
    return notices.stream().filter(n -> n.pdf().isPresent()).toList();
  }

  /**
   * The bundle as one PDF: the index, the statement of account, then each notice's copy, every page
   * stamped with its bundle page number.
   */
  byte[] pdf() {
    List<byte[]> parts = new ArrayList<>();
    parts.add(statementPdf);
    copies().forEach(c -> parts.add(c.pdf().orElseThrow()));
    List<Integer> lengths = parts.stream().map(BundlePdf::pages).toList();
    int indexPages = 1;
    String xhtml;
    byte[] index;
    while (true) {
      xhtml = indexXhtml(indexPages, lengths);
      index = BundlePdf.render(xhtml);
      int rendered = BundlePdf.pages(index);
      if (rendered == indexPages) {
        break;
      }
      indexPages = rendered;
    }
    List<byte[]> all = new ArrayList<>();
    all.add(index);
    all.addAll(parts);
    return BundlePdf.merge(xhtml, all, "Case file: account " + account.id(), asOf);
  }

  /** The page the index says each part starts on: the statement, then each copy. */
  private static List<Integer> starts(int indexPages, List<Integer> lengths) {
    List<Integer> starts = new ArrayList<>();
    int next = indexPages + 1;
    for (int length : lengths) {
      starts.add(next);
      next += length;
    }
    return starts;
  }

  /** The bundle's files, by name, in order: the index as text, the statement, the copies. */
  Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("index.txt", indexText().getBytes(StandardCharsets.UTF_8));
    files.put("02-statement-of-account.pdf", statementPdf);
    files.put("03-statement-of-account.txt", statement.toText().getBytes(StandardCharsets.UTF_8));
    int n = 4;
    for (NoticeCopy copy : copies()) {
      files.put(String.format(Locale.UK, "%02d-%s", n++, fileName(copy)), copy.pdf().orElseThrow());
    }
    return files;
  }

  private static String fileName(NoticeCopy copy) {
    String reference = copy.notice().documentReference();
    return reference.substring(reference.lastIndexOf('/') + 1);
  }

  /** The bundle as a zip; entries are dated the as-of date so the bytes never vary. */
  byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : files().entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        zipEntry.setTimeLocal(asOf.atStartOfDay());
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private Chronology chronology(Map<IssuedNotice, Optional<Integer>> pages) {
    return Chronology.of(
        ledger,
        statement,
        pages,
        file.recoveryCase(),
        file.holds(),
        arrangements,
        file.contactLog(),
        file.courtCases(),
        asOf);
  }

  private String title() {
    return "Case file: account "
        + account.id()
        + " ("
        + account.stream().displayName()
        + "), dwelling "
        + account.dwelling()
        + ", as of "
        + asOf;
  }

  /** Such as {@code 1 county court claim, 0 tribunal applications, 0 enforcement applications}. */
  private String courtCounts() {
    return count(file.courtCases().claims().size(), "county court claim")
        + ", "
        + count(file.courtCases().tribunalApplications().size(), "tribunal application")
        + ", "
        + count(file.courtCases().enforcements().size(), "enforcement application");
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  private String currentStage() {
    return file.recoveryCase().currentStage().map(s -> s.code()).orElse("no stage");
  }

  private List<Hold> holdsInForce() {
    return file.holds().stream().filter(h -> h.isInForceOn(asOf)).toList();
  }

  /** The index as text, for the zip and the folder. */
  String indexText() {
    StringBuilder text = new StringBuilder();
    text.append(title()).append("\n\n");
    text.append("Contents\n");
    text.append("  index.txt                     this index\n");
    text.append("  02-statement-of-account.pdf   statement of account (PDF/A letter)\n");
    text.append("  03-statement-of-account.txt   the same statement as text\n");
    int n = 4;
    for (NoticeCopy copy : copies()) {
      String name = String.format(Locale.UK, "%02d-%s", n++, fileName(copy));
      text.append(String.format(Locale.UK, "  %-29s ", name))
          .append(copy.notice().templateCode())
          .append(" issued ")
          .append(copy.notice().issuedOn())
          .append('\n');
    }
    text.append('\n');
    summaryText(text);
    text.append("\nNotices issued\n");
    if (notices.isEmpty()) {
      text.append("  (none recorded)\n");
    }
    String noticeRow = "  %-10s  %-32s  %-18s  %-13s  %s%n";
    if (!notices.isEmpty()) {
      text.append(
          String.format(
              Locale.UK, noticeRow, "Issued", "Notice", "Sent by", "Deemed served", "Copy"));
    }
    for (NoticeCopy copy : notices) {
      IssuedNotice notice = copy.notice();
      text.append(
          String.format(
              Locale.UK,
              noticeRow,
              notice.issuedOn(),
              notice.templateCode(),
              Chronology.words(notice.serviceMethod().name()),
              notice.deemedServed(),
              copy.pdf().isPresent()
                  ? notice.documentReference() + " (SHA-256 " + notice.contentHash() + ")"
                  : copy.note()));
    }
    text.append("\nArrangements\n");
    if (arrangements.isEmpty()) {
      text.append("  (none recorded)\n");
    }
    arrangements.forEach(a -> text.append("  ").append(terms(a)).append('\n'));
    text.append(
        "\nChronology (demands, payments, notices, recovery, holds, arrangements, court, contacts)\n");
    // What happened comes last and whole, so that no date of service is cut off.
    String row = "%-10s  %-11s  %12s  %12s  %13s  %-20s  %s%n";
    text.append(
        String.format(
            Locale.UK, row, "Date", "Event", "Debit", "Credit", "Balance", "Reference", "What"));
    Map<IssuedNotice, Optional<Integer>> pages = new LinkedHashMap<>();
    notices.forEach(c -> pages.put(c.notice(), Optional.empty()));
    List<Chronology.Event> events = chronology(pages).events();
    for (Chronology.Event e : events) {
      text.append(
          String.format(
              Locale.UK,
              row,
              e.date(),
              e.kind().label(),
              e.debit(),
              e.credit(),
              e.balance(),
              e.reference(),
              e.what()));
    }
    if (events.isEmpty()) {
      text.append("  (no entries)\n");
    }
    return text.toString();
  }

  private void summaryText(StringBuilder text) {
    text.append("Balance as of ")
        .append(asOf)
        .append(": ")
        .append(ledger.balanceAt(asOf).format())
        .append('\n');
    text.append("Recovery stage: ").append(currentStage()).append('\n');
    text.append("Court and tribunal cases: ").append(courtCounts()).append('\n');
    text.append("Holds in force: ");
    List<Hold> holds = holdsInForce();
    text.append(
            holds.isEmpty()
                ? "none"
                : String.join(
                    ", ", holds.stream().map(h -> Chronology.words(h.kind().name())).toList()))
        .append("\n\n");
    text.append("Recovery decision as of ").append(asOf).append('\n');
    decision.describe().lines().forEach(l -> text.append("  ").append(l).append('\n'));
  }

  private static String terms(ArrangementRecord record) {
    Arrangement a = record.arrangement();
    return record.id().value()
        + ": "
        + Chronology.words(a.kind().name())
        + ", "
        + Chronology.words(a.frequency().name())
        + " instalments of "
        + a.instalmentAmount().format()
        + " from "
        + a.firstInstalmentOn()
        + " to clear "
        + a.startingBalance().format()
        + "; made by "
        + a.madeBy().value()
        + " on "
        + a.madeOn()
        + "; now "
        + Chronology.words(record.state().name());
  }

  /** The index as XHTML, with {@code indexPages} pages and the parts of {@code lengths} after. */
  private String indexXhtml(int indexPages, List<Integer> lengths) {
    List<Integer> starts = starts(indexPages, lengths);
    List<NoticeCopy> copies = copies();
    Map<IssuedNotice, Optional<Integer>> pages = new LinkedHashMap<>();
    int copy = 0;
    for (NoticeCopy n : notices) {
      pages.put(
          n.notice(), n.pdf().isPresent() ? Optional.of(starts.get(1 + copy++)) : Optional.empty());
    }
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(title()))
        .append("</title><style>\n")
        .append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>").append(esc("Case file: account " + account.id())).append("</h1>\n");
    h.append("<p class=\"sub\">")
        .append(
            esc(
                account.stream().displayName()
                    + ", dwelling "
                    + account.dwelling()
                    + ". Prepared by "
                    + council
                    + " from its records, as of "
                    + asOf
                    + "."))
        .append("</p>\n");
    h.append("<h2>Contents</h2>\n<table class=\"contents\"><thead><tr><th>Document</th>")
        .append("<th class=\"num\">Pages</th></tr></thead><tbody>\n");
    contentsRow(h, "Index: summary, notices served, arrangements, chronology", 1, indexPages);
    contentsRow(
        h, "Statement of account, " + statement.period().describe(), starts.get(0), lengths.get(0));
    for (int i = 0; i < copies.size(); i++) {
      IssuedNotice n = copies.get(i).notice();
      contentsRow(
          h,
          "Copy of "
              + n.templateCode()
              + ", issued "
              + n.issuedOn()
              + ", deemed served "
              + n.deemedServed(),
          starts.get(1 + i),
          lengths.get(1 + i));
    }
    h.append("</tbody></table>\n");

    h.append("<h2>Summary</h2>\n<table class=\"summary\"><tbody>\n");
    summaryRow(h, "Balance as of " + asOf, ledger.balanceAt(asOf).format());
    summaryRow(h, "Recovery stage", currentStage());
    List<Hold> holds = holdsInForce();
    summaryRow(
        h,
        "Holds in force",
        holds.isEmpty()
            ? "none"
            : String.join(
                ", ", holds.stream().map(x -> Chronology.words(x.kind().name())).toList()));
    summaryRow(h, "Notices issued", Integer.toString(notices.size()));
    summaryRow(h, "Arrangements", Integer.toString(arrangements.size()));
    summaryRow(h, "Contacts logged", Integer.toString(file.contactLog().entries().size()));
    summaryRow(h, "Court and tribunal cases", courtCounts());
    h.append("</tbody></table>\n");
    h.append("<h3>Recovery decision as of ")
        .append(asOf)
        .append("</h3>\n<div class=\"pre\">")
        .append(esc(decision.describe()))
        .append("</div>\n");

    h.append("<h2>Notices served</h2>\n");
    if (notices.isEmpty()) {
      h.append("<p>None recorded.</p>\n");
    } else {
      h.append("<table><thead><tr><th>Issued</th><th>Notice</th><th>Sent by</th>")
          .append("<th>Deemed served</th><th>Copy</th></tr></thead><tbody>\n");
      for (NoticeCopy n : notices) {
        IssuedNotice notice = n.notice();
        h.append("<tr><td class=\"date\">")
            .append(notice.issuedOn())
            .append("</td><td>")
            .append(esc(notice.templateCode()))
            .append("<div class=\"small\">template ")
            .append(esc(abbreviate(notice.templateVersion(), 24)))
            .append("<br/>SHA-256 ")
            .append(esc(notice.contentHash()))
            .append("</div></td><td>")
            .append(esc(Chronology.words(notice.serviceMethod().name())))
            .append("</td><td class=\"date\">")
            .append(notice.deemedServed())
            .append("</td><td>")
            .append(esc(pages.get(notice).map(p -> "page " + p).orElse(n.note())))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }

    h.append("<h2>Arrangements</h2>\n");
    if (arrangements.isEmpty()) {
      h.append("<p>None recorded.</p>\n");
    } else {
      h.append("<ul>\n");
      arrangements.forEach(a -> h.append("<li>").append(esc(terms(a))).append("</li>\n"));
      h.append("</ul>\n");
    }

    h.append("<h2>Chronology</h2>\n<p class=\"small\">Demands and every other ledger entry with")
        .append(" the running balance; notices with their dates of service; recovery steps;")
        .append(" holds; arrangements; court and tribunal cases; contacts. By date.</p>\n")
        .append("<table class=\"chronology\"><thead><tr><th>Date</th><th>Event</th><th>What</th>")
        .append("<th>Reference</th><th class=\"num\">Debit</th><th class=\"num\">Credit</th>")
        .append("<th class=\"num\">Balance</th></tr></thead><tbody>\n");
    for (Chronology.Event e : chronology(pages).events()) {
      h.append("<tr class=\"")
          .append(e.kind().name().toLowerCase(Locale.UK))
          .append("\"><td class=\"date\">")
          .append(e.date())
          .append("</td><td>")
          .append(esc(e.kind().label()))
          .append("</td><td>")
          .append(keepDatesWhole(esc(e.what())))
          .append("</td><td class=\"ref\">")
          .append(esc(e.reference()))
          .append("</td><td class=\"num\">")
          .append(esc(e.debit()))
          .append("</td><td class=\"num\">")
          .append(esc(e.credit()))
          .append("</td><td class=\"num\">")
          .append(esc(e.balance()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</body></html>\n");
    return h.toString();
  }

  private static void contentsRow(StringBuilder h, String what, int first, int pages) {
    h.append("<tr><td>")
        .append(esc(what))
        .append("</td><td class=\"num\">")
        .append(pages == 1 ? Integer.toString(first) : first + "–" + (first + pages - 1))
        .append("</td></tr>\n");
  }

  private static void summaryRow(StringBuilder h, String label, String value) {
    h.append("<tr><th>")
        .append(esc(label))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>\n");
  }

  private static final String CSS =
      "@page { size: A4; margin: 22mm 14mm 16mm 14mm;"
          + " @bottom-center { content: 'Index, page ' counter(page) ' of ' counter(pages);"
          + " font-family: 'Liberation Sans'; font-size: 7.5pt; color: #555; } }\n"
          + "body { font-family: 'Liberation Sans'; font-size: 8.5pt; line-height: 1.3; }\n"
          + "h1 { font-size: 15pt; margin: 0 0 2pt 0; }\n"
          + "h2 { font-size: 11pt; margin: 12pt 0 4pt 0; border-bottom: 1pt solid #333; }\n"
          + "h3 { font-size: 9pt; margin: 8pt 0 2pt 0; }\n"
          + "p.sub { margin: 0 0 6pt 0; color: #333; }\n"
          + "table { width: 100%; border-collapse: collapse; }\n"
          + "thead { display: table-header-group; }\n"
          + "tr { page-break-inside: avoid; }\n"
          + "th, td { text-align: left; vertical-align: top; padding: 1.5pt 3pt;"
          + " border-bottom: 0.4pt solid #bbb; }\n"
          + "th { font-weight: bold; }\n"
          + "table.summary th { width: 35%; font-weight: normal; color: #333; }\n"
          + "td.num, th.num { text-align: right; white-space: nowrap; }\n"
          + "td.date, span.date { white-space: nowrap; }\n"
          + "td.ref { font-size: 7pt; word-wrap: break-word; }\n"
          + "table.chronology { font-size: 7.5pt; }\n"
          + "tr.notice td { font-weight: bold; }\n"
          + ".small { font-size: 7pt; color: #444; word-wrap: break-word; }\n"
          + ".pre { white-space: pre-wrap; font-size: 7.5pt; }\n";

  /** {@code html} with each ISO date kept on one line, so that no date is split by a line end. */
  private static String keepDatesWhole(String html) {
    return html.replaceAll("(\\d{4}-\\d\\d-\\d\\d)", "<span class=\"date\">$1</span>");
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
