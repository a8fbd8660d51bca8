package org.homeownership.recovery.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeownership.recovery.examples.RecoveryExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the demo end to end on H2, twice with the same seed, and checks what it leaves in its output
 * folder: the worklist with its reasons, letters that open and show the account's figures, aged
 * debt that adds up to the ledgers in the database, a report that follows the notable cases, and
 * the same bytes both times.
 */
class DemoIT {

  private static final String SIZE = "90";

  @TempDir static Path temp;
  private static Path first;
  private static Path second;
  private static String stdout;

  @BeforeAll
  static void runTwice() throws IOException {
    first = temp.resolve("first");
    second = temp.resolve("second");
    stdout = run(first);
    run(second);
  }

  private static String run(Path output) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          new CommandLine(new RecoveryExamples())
              .execute("demo", "--size", SIZE, "--output", output.toString(), "--no-progress");
    } finally {
      System.setOut(original);
    }
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSummarySaysTheFiguresReconcile() {
    assertThat(stdout)
        .contains("Home Ownership Recovery demo — seed 2025")
        .contains("sum of ledgers = aged debt balance: yes")
        .contains("county court claim: at COUNTY_COURT_CLAIM")
        .containsPattern("finished in \\d+\\.\\d s");
  }

  @Test
  void theWorklistHasRowsWithReasons() throws IOException {
    List<String> lines = Files.readAllLines(first.resolve("worklist.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "rank,account,debt_stream,dwelling,outcome,stage,action,counted_arrears,days_overdue,reasons");
    assertThat(lines).hasSizeGreaterThan(3);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      assertThat(cells).hasSize(10);
      assertThat(cells.get(9)).as("reasons of %s", cells.get(1)).isNotBlank();
      assertThat(cells.get(7)).matches("\\d+\\.\\d\\d");
    }
    assertThat(Files.readString(first.resolve("worklist.txt"))).startsWith("Worklist as of ");
  }

  @Test
  void theLettersOpenAndShowTheAccountsFigures() throws IOException {
    String report = Files.readString(first.resolve("report.md"));
    Matcher letter =
        Pattern.compile("- `letters/([^`]+)`: [^\\n]* to (\\S+), dated \\S+, showing (£[\\d,.]+)")
            .matcher(report);
    List<String> kinds = new ArrayList<>();
    while (letter.find()) {
      Path pdf = first.resolve("letters").resolve(letter.group(1));
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text).as(letter.group(1)).contains(letter.group(2)).contains(letter.group(3));
      }
      kinds.add(letter.group(1).replaceAll("-[A-Z]{2}-\\d{5}\\.pdf$", ""));
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "arrears-reminder",
            "final-reminder",
            "ground-rent-notice",
            "mortgage-lender",
            "letter-of-claim",
            "arrangement-confirmation",
            "arrangement-confirmation",
            "arrangement-breach",
            "breathing-space-acknowledgement");
    try (Stream<Path> files = Files.list(first.resolve("letters"))) {
      assertThat(files).hasSize(kinds.size());
    }
    assertThat(report)
        .contains("estimate demand to ")
        .contains("**refused**")
        .contains("missing-data hold on the case")
        .contains("| Missing data |");
  }

  @Test
  void everyIssuedLetterHasItsRecordInNoticesCsv() throws Exception {
    List<String> lines = Files.readAllLines(first.resolve("notices.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "account,template,template_version,content_sha256,issued_on,service_method,deemed_served,document_reference");
    List<String> rows = lines.subList(1, lines.size());
    try (Stream<Path> files = Files.list(first.resolve("letters"))) {
      assertThat(rows).hasSize((int) files.count());
    }
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    for (String row : rows) {
      List<String> cells = cells(row);
      assertThat(cells).hasSize(8);
      Path pdf = first.resolve(cells.get(7));
      assertThat(java.util.HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(pdf))))
          .as(cells.get(7))
          .isEqualTo(cells.get(3));
      assertThat(cells.get(7)).startsWith("letters/" + cells.get(1) + "-" + cells.get(0));
      assertThat(cells.get(2)).startsWith("sha256:");
      assertThat(cells.get(5)).isEqualTo("FIRST_CLASS_POST");
      java.time.LocalDate issued = java.time.LocalDate.parse(cells.get(4));
      java.time.LocalDate served = java.time.LocalDate.parse(cells.get(6));
      // First class post: the second business day after posting (LAW-AND-PRACTICE.md §1.9).
      assertThat(served).isAfterOrEqualTo(issued.plusDays(2)).isBeforeOrEqualTo(issued.plusDays(6));
    }
  }

  @Test
  void theAgedDebtAddsUpToTheLedgersInTheDatabase() throws IOException, SQLException {
    Map<String, String> rows = new TreeMap<>();
    for (String line : Files.readAllLines(first.resolve("aged-debt.csv"))) {
      List<String> cells = cells(line);
      rows.put(cells.get(0) + "/" + cells.get(1), cells.get(cells.size() - 1));
    }
    long balance = pence(rows.get("portfolio/Balance"));
    long allCharges = pence(rows.get("charge type/All charges"));
    long credit = pence(rows.get("portfolio/Unallocated credit"));
    assertThat(allCharges - credit).isEqualTo(balance);
    long streams =
        rows.entrySet().stream()
            .filter(e -> e.getKey().startsWith("debt stream/"))
            .mapToLong(e -> pence(e.getValue()))
            .sum();
    assertThat(streams).isEqualTo(allCharges);

    try (Connection db =
            DriverManager.getConnection(
                "jdbc:h2:file:" + first.toAbsolutePath().resolve("recovery") + ";IFEXISTS=TRUE",
                "sa",
                "");
        Statement query = db.createStatement();
        ResultSet sum =
            query.executeQuery(
                "SELECT SUM(CASE direction WHEN 'DEBIT' THEN amount_pence ELSE -amount_pence END),"
                    + " COUNT(DISTINCT account_id) FROM ledger_entry")) {
      assertThat(sum.next()).isTrue();
      assertThat(sum.getLong(1)).isEqualTo(balance);
      assertThat(sum.getLong(2)).isPositive();
    }
    assertThat(Files.readString(first.resolve("report.md"))).contains("They agree to the penny.");
  }

  @Test
  void theReportFollowsTheNotableCases() throws IOException {
    String report = Files.readString(first.resolve("report.md"));
    for (Behaviour notable : SyntheticCouncil.NOTABLE) {
      assertThat(report).containsPattern("### SC-\\d{5}: " + Pattern.quote(notable.label()));
    }
    assertThat(report)
        .contains("letter of claim sent with its four enclosures")
        .contains("county court claim approved and issued")
        .containsPattern("arrangement ARR-\\d made and approved")
        .containsPattern("arrangement ARR-\\d breached: recovery resumes at the final reminder")
        .containsPattern("arrangement ARR-\\d completed")
        .contains("standard breathing space registered")
        .contains("| Breathing space |")
        .contains("| Vulnerability |")
        .contains("| Dispute on a charge |")
        .contains("disputes the service charge instalment");
  }

  @Test
  void theSameSeedGivesTheSameFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(first)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("recovery."))
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(8);
    for (Path file : files) {
      Path twin = second.resolve(first.relativize(file));
      assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void aFolderThatIsNotTheDemosIsLeftAlone() throws IOException {
    Path foreign = temp.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("report.md"), "mine");
    PrintStream original = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          new CommandLine(new RecoveryExamples())
              .execute("demo", "--output", foreign.toString(), "--no-progress");
    } finally {
      System.setErr(original);
    }
    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(foreign.resolve("report.md"))).isEqualTo("mine");
  }

  private static long pence(String pounds) {
    return new java.math.BigDecimal(pounds).movePointRight(2).longValueExact();
  }

  /** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
