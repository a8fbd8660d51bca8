package org.homeownership.recovery.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.examples.RecoveryExamples;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.recoverycase.CaseRecord;
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

  /** The H2 URL of the first run's database, as the commands take it. */
  private static String url() {
    return "jdbc:h2:file:" + first.toAbsolutePath().resolve("recovery");
  }

  private static JdbcStore store() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url() + ";IFEXISTS=TRUE");
    h2.setUser("sa");
    h2.setPassword("");
    return new JdbcStore(h2);
  }

  /** Runs a command on the first run's database; returns its status, standard output and error. */
  private static String[] command(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new RecoveryExamples());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--jdbc-url");
    all.add(url());
    int status = cli.execute(all.toArray(String[]::new));
    return new String[] {Integer.toString(status), out.toString(), err.toString()};
  }

  /** The account the summary names for {@code behaviour}, such as the county court claim. */
  private static String notable(String label) {
    Matcher m =
        Pattern.compile("(SC-\\d{5}) " + Pattern.quote(label) + ": at (\\S+)").matcher(stdout);
    assertThat(m.find()).as(label).isTrue();
    return m.group(1) + " " + m.group(2);
  }

  @Test
  void theDatabaseHoldsTheCasesArrangementsContactsAndNotices() throws IOException {
    JdbcStore store = store();
    // The summary's notable cases stand at the stage stored.
    for (String label :
        List.of(
            "county court claim", "vulnerable debtor", "arrangement breaker", "breathing space")) {
      String[] accountAndStage = notable(label).split(" ");
      CaseRecord stored =
          store.recoveryCase(AccountId.of(accountAndStage[0])).orElseThrow().value();
      assertThat(stored.recoveryCase().currentStage().map(StageReference::code))
          .as(label)
          .contains(accountAndStage[1]);
    }
    // Every account the last sweep would move past the first reminder had reached a stage.
    List<String> worklist =
        Files.readAllLines(first.resolve("worklist.csv"), StandardCharsets.UTF_8);
    for (String line : worklist.subList(1, worklist.size())) {
      List<String> cells = cells(line);
      if (cells.get(4).equals("ACTION_DUE") && !cells.get(5).equals("REMINDER_1")) {
        assertThat(store.recoveryCase(AccountId.of(cells.get(1))))
            .as(cells.get(1))
            .hasValueSatisfying(
                c -> assertThat(c.value().recoveryCase().currentStage()).isPresent());
      }
    }
    // Every stored case has a history or a hold, and a version from its saves.
    List<Versioned<CaseRecord>> cases;
    try (Stream<Versioned<CaseRecord>> all = store.recoveryCases()) {
      cases = all.toList();
    }
    assertThat(cases).hasSizeGreaterThan(10);
    assertThat(cases)
        .allSatisfy(
            c ->
                assertThat(
                        !c.value().recoveryCase().history().isEmpty()
                            || !c.value().holds().isEmpty())
                    .isTrue());
    assertThat(cases).anySatisfy(c -> assertThat(c.version()).isGreaterThan(2));
    assertThat(cases)
        .flatExtracting(c -> c.value().holds())
        .extracting(h -> h.kind().name())
        .contains("VULNERABILITY", "BREATHING_SPACE", "DISPUTE", "MISSING_DATA");

    // The notices issued, as in notices.csv, with their deemed service dates.
    List<String> rows = Files.readAllLines(first.resolve("notices.csv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = cells(row);
      List<IssuedNotice> notices = store.issuedNotices(AccountId.of(cells.get(0)));
      assertThat(notices)
          .as(row)
          .anySatisfy(
              n -> {
                assertThat(n.templateCode()).isEqualTo(cells.get(1));
                assertThat(n.contentHash()).isEqualTo(cells.get(3));
                assertThat(n.issuedOn()).hasToString(cells.get(4));
                assertThat(n.deemedServed()).hasToString(cells.get(6));
                assertThat(n.documentReference()).isEqualTo(cells.get(7));
              });
      // ... and each is in the account's contact log as a letter sent.
      assertThat(store.contactLog(AccountId.of(cells.get(0))).entries())
          .anySatisfy(
              c -> {
                assertThat(c.kind()).isEqualTo(ContactKind.LETTER);
                assertThat(c.on()).hasToString(cells.get(4));
                assertThat(c.debtorReached()).isFalse();
              });
    }

    // The two arrangements with their state history: one completed, one breached.
    List<ArrangementRecord> arrangements;
    try (Stream<Versioned<ArrangementRecord>> all = store.arrangements()) {
      arrangements = all.map(Versioned::value).toList();
    }
    assertThat(arrangements).hasSize(2);
    assertThat(arrangements)
        .flatExtracting(a -> a.history().stream().map(h -> h.to().name()).toList())
        .contains("LIVE", "BREACHED", "COMPLETED");
    String maker = notableAccount("arrangement maker");
    assertThat(store.contactLog(AccountId.of(maker)).entries())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(ContactKind.CALL);
              assertThat(c.debtorReached()).isTrue();
            });
  }

  private static String notableAccount(String label) {
    Matcher m = Pattern.compile("(SC-\\d{5}) " + Pattern.quote(label) + ":").matcher(stdout);
    assertThat(m.find()).as(label).isTrue();
    return m.group(1);
  }

  @Test
  void theWorklistContinuesFromTheStoredStages() {
    String[] run = command("worklist");
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    String court = notableAccount("county court claim");
    assertThat(run[1])
        .startsWith("Recovery worklist as of ")
        .contains("(the latest date in the database; --as-of to choose another)")
        .containsPattern("Stored recovery cases: \\d+ \\(at no stage: \\d+; ")
        .contains("COUNTY_COURT_CLAIM: 1")
        .contains("LADDER_COMPLETE=1")
        .doesNotContain(court + " |");
    // Every account on the list is asked for the step after its stored stage, not the first one.
    JdbcStore store = store();
    Matcher row = Pattern.compile("(?m)^([A-Z]{2}-\\d{5}) \\| [A-Z ]+: (\\w+)").matcher(run[1]);
    int rows = 0;
    while (row.find()) {
      rows++;
      String due = row.group(2);
      Optional<String> at =
          store
              .recoveryCase(AccountId.of(row.group(1)))
              .flatMap(c -> c.value().recoveryCase().currentStage())
              .map(StageReference::code);
      if (!due.equals("REMINDER_1")) {
        assertThat(at).as(row.group()).isPresent();
      }
      assertThat(at).as(row.group()).isNotEqualTo(Optional.of(due));
    }
    assertThat(rows).isPositive();
  }

  @Test
  void theCaseFileIsOnePdfWithTheChronologyAndEveryNotice() throws IOException {
    String court = notableAccount("county court claim");
    Path pdf = temp.resolve(court + ".pdf");
    String[] run = command("case-file", court, "--output", pdf.toString());
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    assertThat(run[2]).contains("the latest date in the database");
    String asOf = run[2].replaceAll("(?s).*as of (\\d{4}-\\d\\d-\\d\\d).*", "$1");
    Path statement = temp.resolve(court + "-statement.pdf");
    assertThat(
            command(
                "statement",
                court,
                "--to",
                asOf,
                "--format",
                "pdf",
                "--output",
                statement.toString())[0])
        .isEqualTo("0");
    List<List<String>> notices =
        Files.readAllLines(first.resolve("notices.csv"), StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(DemoIT::cells)
            .filter(c -> c.get(0).equals(court))
            .toList();
    assertThat(notices).extracting(c -> c.get(1)).contains("mortgage-lender", "letter-of-claim");
    try (PDDocument bundle = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(bundle);
      Matcher index = Pattern.compile("Index, page 1 of (\\d+)").matcher(text);
      assertThat(index.find()).isTrue();
      int pages = Integer.parseInt(index.group(1)) + pages(Files.readAllBytes(statement));
      for (List<String> notice : notices) {
        pages += pages(Files.readAllBytes(first.resolve(notice.get(7))));
        // In the index's table of notices served: the notice, its hashes, method, deemed service.
        assertThat(text)
            .containsPattern(
                Pattern.quote(notice.get(1))
                    + "\\s+template sha256:\\S+\\s+SHA-256 "
                    + notice.get(3)
                    + "\\s+first class post\\s+"
                    + notice.get(6)
                    + "\\s+page \\d+");
        // ... and in the chronology, with its date of service.
        assertThat(text)
            .containsPattern(
                "(?s)"
                    + notice.get(4)
                    + "\\s+notice\\s+"
                    + Pattern.quote(notice.get(1))
                    + " sent by first class post; deemed served.{0,80}"
                    + notice.get(6));
      }
      assertThat(bundle.getNumberOfPages()).isEqualTo(pages);
      assertThat(text)
          .contains("Case file: account " + court)
          .contains("Chronology")
          .contains("entered: LETTER_OF_CLAIM")
          .contains("entered: COUNTY_COURT_CLAIM")
          .contains("Statement of account")
          .contains("Bundle page " + pages + " of " + pages);
    }
    Path again = temp.resolve(court + "-again.pdf");
    command("case-file", court, "--output", again.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
  }

  @Test
  void anArrangementsCaseFileShowsItsHistoryAndContacts() throws IOException {
    String breaker = notableAccount("arrangement breaker");
    Path zip = temp.resolve(breaker + ".zip");
    String[] run = command("case-file", breaker, "--output", zip.toString());
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    String index = "";
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(
            new java.io.ByteArrayInputStream(Files.readAllBytes(zip)))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("index.txt")) {
          index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(index)
        .containsPattern("ARR-\\d: informal, monthly instalments of £[\\d,.]+ from ")
        .containsPattern("arrangement\\s+ARR-\\d\\s+live to breached")
        .containsPattern("contact\\s+C-SC-\\d{5}-\\d+\\s+incoming call, debtor reached")
        .containsPattern(
            "notice\\s+letters/arrangement-breach-SC-\\d{5}\\.pdf\\s+arrangement-breach sent by first"
                + " class post; deemed served \\d{4}-\\d\\d-\\d\\d")
        .contains("arrangement-confirmation")
        .contains("arrangement-breach");
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
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
