package org.homeownership.recovery.examples.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.ledger.StatementLine;
import org.homeownership.recovery.recoverycase.Decision;

/**
 * A court or tribunal bundle for one account, as of a date: an index with the chronology of what
 * the database holds (charges with their demand references and due dates, payments, credits and
 * every other ledger entry, each with its running balance), the recovery decision with its reasons,
 * and the statement of account as text and as a PDF/A letter. The same data and date always give
 * the same bytes.
 *
 * <p>Notices with their dates of service, arrangements and contacts are not stored in the database
 * yet; the index says so rather than leave them out silently.
 */
final class CaseBundle {

  /** The bundle's files, in order. */
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private final LocalDate asOf;

  private CaseBundle(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** The bundle for {@code account} with {@code ledger}, as of {@code asOf}. */
  static CaseBundle of(DebtorAccount account, Ledger ledger, Decision decision, LocalDate asOf) {
    CaseBundle bundle = new CaseBundle(asOf);
    LocalDate from = AccountStatements.firstDay(ledger, asOf);
    Statement statement = ledger.statement(AccountStatements.period(ledger, from, asOf));
    bundle.files.put(
        "index.txt",
        index(account, ledger, statement, decision, asOf).getBytes(StandardCharsets.UTF_8));
    bundle.files.put(
        "02-statement-of-account.pdf", AccountStatements.pdf(account, statement, asOf));
    bundle.files.put(
        "03-statement-of-account.txt", statement.toText().getBytes(StandardCharsets.UTF_8));
    return bundle;
  }

  /** The files, by name, in order. */
  Map<String, byte[]> files() {
    return files;
  }

  /** The bundle as a zip; entries are dated the as-of date so the bytes never vary. */
  byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(asOf.atStartOfDay());
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String index(
      DebtorAccount account,
      Ledger ledger,
      Statement statement,
      Decision decision,
      LocalDate asOf) {
    StringBuilder text = new StringBuilder();
    text.append("Case file: account ")
        .append(account.id())
        .append(" (")
        .append(account.stream().displayName())
        .append("), dwelling ")
        .append(account.dwelling())
        .append(", as of ")
        .append(asOf)
        .append("\n\n");
    text.append("Contents\n");
    text.append("  index.txt                     this index: chronology and recovery decision\n");
    text.append("  02-statement-of-account.pdf   statement of account (PDF/A letter)\n");
    text.append("  03-statement-of-account.txt   the same statement as text\n\n");
    text.append("Chronology (from the ledger, by date then posting order)\n");
    String row = "%-10s  %-11s  %-45s  %-16s  %12s  %12s  %13s%n";
    text.append(
        String.format(
            row, "Date", "Entry", "Description", "Reference", "Debit", "Credit", "Balance"));
    List<PostedEntry> entries =
        ledger.entries().stream()
            .filter(p -> !p.entry().date().isAfter(asOf))
            .sorted(Ledger.STATEMENT_ORDER)
            .toList();
    int line = 0;
    for (PostedEntry posted : entries) {
      StatementLine s =
          statement.lines().stream()
              .filter(l -> l.entryId().equals(posted.id()))
              .findFirst()
              .orElse(null);
      LedgerEntry entry = posted.entry();
      String description =
          entry.description() + (entry instanceof Charge charge ? ", due " + charge.dueDate() : "");
      text.append(
          String.format(
              row,
              entry.date(),
              entry.kind().name().toLowerCase(java.util.Locale.UK).replace('_', ' '),
              abbreviate(description, 45),
              abbreviate(s == null ? "" : s.reference().orElse(""), 16),
              s == null || s.debit().isZero() ? "" : s.debit().format(),
              s == null || s.credit().isZero() ? "" : s.credit().format(),
              s == null ? "" : s.balance().format()));
      line++;
    }
    if (line == 0) {
      text.append("  (no entries)\n");
    }
    text.append("\nBalance as of ")
        .append(asOf)
        .append(": ")
        .append(ledger.balanceAt(asOf).format())
        .append("\n\n");
    text.append("Recovery decision as of ").append(asOf).append('\n');
    decision.describe().lines().forEach(l -> text.append("  ").append(l).append('\n'));
    text.append('\n');
    text.append("Not in this bundle yet\n");
    text.append(
        "  Copies of notices with their dates of service, payment arrangements, contacts and\n"
            + "  court or tribunal events are not stored in the database yet; they join this\n"
            + "  bundle when they are. Recovery cases are not stored either, so the decision\n"
            + "  above treats the case as at no stage.\n");
    return text.toString();
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
