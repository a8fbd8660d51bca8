package org.homeownership.recovery.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBand;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.ageing.BandAmounts;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.examples.demo.SyntheticCouncil.Household;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.Tenure;
import org.homeownership.recovery.recoverycase.Decision;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.Worklist;
import org.homeownership.recovery.recoverycase.WorklistEntry;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;

/**
 * Writes the demo's output files — {@code worklist.csv}, {@code worklist.txt}, {@code
 * aged-debt.csv} and {@code report.md} — and the summary printed at the end. Nothing written
 * depends on the clock or the machine, so the same seed gives the same bytes.
 */
final class DemoReport {

  /** The default ladder's stages in order, for the weekly table. */
  static final List<String> STAGES =
      List.of(
          "REMINDER_1",
          "REMINDER_2",
          "PHONE_CONTACT",
          "LENDER_LETTER",
          "LETTER_OF_CLAIM",
          "COUNTY_COURT_CLAIM");

  private final DemoResult result;
  private final AgedDebt portfolio;
  private final Map<DebtStream, AgedDebt> byStream = new EnumMap<>(DebtStream.class);
  private final Map<String, Money> debits = new TreeMap<>();
  private final Map<String, Money> credits = new TreeMap<>();
  private final Map<AccountId, Household> households = new TreeMap<>();
  private Money balances = Money.ZERO;

  DemoReport(DemoResult result) {
    this.result = result;
    LocalDate asOf = result.settings().asOf();
    ArrearsAgeing ageing = new ArrearsAgeing(AgeingBands.standard());
    for (Household h : result.council().households()) {
      h.accounts().values().forEach(a -> households.put(a, h));
    }
    AgedDebt total = AgedDebt.none(asOf, ageing.bands());
    for (Map.Entry<AccountId, Ledger> e : result.ledgers().entrySet()) {
      Ledger ledger = e.getValue();
      AgedDebt aged = ageing.age(Casework.ALLOCATOR.allocate(ledger, asOf));
      total = total.plus(aged);
      DebtStream stream = households.get(e.getKey()).streamOf(e.getKey());
      byStream.merge(stream, aged, AgedDebt::plus);
      balances = balances.plus(ledger.balanceAt(asOf));
      for (PostedEntry posted : ledger.entries()) {
        LedgerEntry entry = posted.entry();
        if (entry.date().isAfter(asOf)) {
          continue;
        }
        String name = name(entry);
        (entry.direction() == Direction.DEBIT ? debits : credits)
            .merge(name, entry.amount(), Money::plus);
      }
    }
    this.portfolio = total;
  }

  private static String name(LedgerEntry entry) {
    String kind = entry.kind().name().toLowerCase(Locale.UK).replace('_', ' ');
    if (entry instanceof Charge charge) {
      return "charge: " + charge.chargeType().displayName();
    }
    return kind;
  }

  /** The portfolio's aged debt at the as-of date. */
  AgedDebt portfolio() {
    return portfolio;
  }

  /** Writes every file into {@code folder}. */
  void write(Path folder) throws IOException {
    Files.writeString(folder.resolve("worklist.csv"), worklistCsv(), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("worklist.txt"),
        result.worklist().describe() + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("aged-debt.csv"), agedDebtCsv(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notices.csv"), noticesCsv(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("report.md"), report(), StandardCharsets.UTF_8);
  }

  /**
   * The records of the letters issued ({@link org.homeownership.recovery.notice.IssuedNotice}), in
   * the order issued: what a council keeps as evidence of each notice sent.
   */
  String noticesCsv() {
    StringBuilder csv =
        new StringBuilder(
            "account,template,template_version,content_sha256,issued_on,service_method,deemed_served,document_reference\n");
    for (org.homeownership.recovery.notice.IssuedNotice n : result.notices()) {
      csv.append(cell(n.account().value()))
          .append(',')
          .append(cell(n.templateCode()))
          .append(',')
          .append(cell(n.templateVersion()))
          .append(',')
          .append(n.contentHash())
          .append(',')
          .append(n.issuedOn())
          .append(',')
          .append(n.serviceMethod().name())
          .append(',')
          .append(n.deemedServed())
          .append(',')
          .append(cell(n.documentReference()))
          .append('\n');
    }
    return csv.toString();
  }

  /** The worklist as CSV: one row per account with work to do, in priority order. */
  String worklistCsv() {
    StringBuilder csv =
        new StringBuilder(
            "rank,account,debt_stream,dwelling,outcome,stage,action,counted_arrears,days_overdue,reasons\n");
    int rank = 0;
    for (WorklistEntry entry : result.worklist().entries()) {
      Decision d = entry.decision();
      List<String> reasons = new ArrayList<>();
      d.conditions().forEach(c -> reasons.add(c.describe()));
      d.gates().forEach(g -> reasons.add(g.describe()));
      d.holds().forEach(h -> reasons.add("hold: " + h.describe()));
      d.notes().forEach(n -> reasons.add("note: " + n));
      csv.append(++rank)
          .append(',')
          .append(cell(d.account().value()))
          .append(',')
          .append(cell(d.stream().displayName()))
          .append(',')
          .append(cell(households.get(d.account()).dwelling().id().value()))
          .append(',')
          .append(cell(d.outcome().describe()))
          .append(',')
          .append(cell(d.outcome().about().map(s -> s.code().code()).orElse("")))
          .append(',')
          .append(cell(d.outcome().about().map(s -> s.action().name()).orElse("")))
          .append(',')
          .append(plain(entry.counted()))
          .append(',')
          .append(d.position().daysOverdue())
          .append(',')
          .append(cell(String.join(" | ", reasons)))
          .append('\n');
    }
    return csv.toString();
  }

  /** The portfolio's aged debt as CSV: by charge type, by debt stream, then the totals. */
  String agedDebtCsv() {
    StringBuilder csv = new StringBuilder("group,name");
    for (AgeingBand band : portfolio.bands().bands()) {
      csv.append(',').append(cell(band.label()));
    }
    csv.append(",total\n");
    portfolio
        .byChargeType()
        .forEach((type, amounts) -> row(csv, "charge type", type.displayName(), amounts));
    row(csv, "charge type", "All charges", portfolio.total());
    byStream.forEach((stream, aged) -> row(csv, "debt stream", stream.displayName(), aged.total()));
    int blanks = portfolio.bands().size();
    csv.append("portfolio,Unallocated credit")
        .append(",".repeat(blanks))
        .append(',')
        .append(plain(portfolio.unallocatedCredit()))
        .append('\n');
    csv.append("portfolio,Balance")
        .append(",".repeat(blanks))
        .append(',')
        .append(plain(portfolio.balance()))
        .append('\n');
    return csv.toString();
  }

  private static void row(StringBuilder csv, String group, String name, BandAmounts amounts) {
    csv.append(group).append(',').append(cell(name));
    amounts.amounts().forEach(m -> csv.append(',').append(plain(m)));
    csv.append(',').append(plain(amounts.total())).append('\n');
  }

  /** Pounds and pence without a sign or separators: {@code 1234.56}, {@code -0.05}. */
  static String plain(Money money) {
    long pence = money.pence();
    String sign = pence < 0 ? "-" : "";
    long abs = Math.abs(pence);
    return String.format(Locale.ROOT, "%s%d.%02d", sign, abs / 100, abs % 100);
  }

  private static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** The total of every debit entry (charges, adjustments, refunds, reversals of payments). */
  Money totalDebits() {
    return debits.values().stream().reduce(Money.ZERO, Money::plus);
  }

  /** The total of every credit entry (payments, credits, write-offs). */
  Money totalCredits() {
    return credits.values().stream().reduce(Money.ZERO, Money::plus);
  }

  /** The sum of every account's balance at the as-of date. */
  Money balances() {
    return balances;
  }

  /** The report, in Markdown. */
  String report() {
    DemoSimulation.Settings s = result.settings();
    StringBuilder md = new StringBuilder();
    md.append("# Home Ownership Recovery demo: what happened\n\n");
    md.append("Seed ")
        .append(s.seed())
        .append(", ")
        .append(result.council().dwellings().size())
        .append(" dwellings. Service charge years ")
        .append(BillingPlan.yearName(s.from()))
        .append(" and ")
        .append(BillingPlan.yearName(s.from().plusYears(1)))
        .append(" (from ")
        .append(s.from())
        .append("), swept every week from ")
        .append(s.from())
        .append(" to ")
        .append(s.asOf())
        .append(" (")
        .append(result.weeks().size())
        .append(" sweeps) with the policy \"")
        .append(DefaultRecoveryPolicy.NAME)
        .append("\". Every name, address and figure is invented.\n\n");
    council(md);
    billing(md);
    money(md);
    md.append("## Aged debt as of ")
        .append(s.asOf())
        .append("\n\n```\n")
        .append(portfolio.toText())
        .append("```\n\nThe same figures are in `aged-debt.csv`, also by debt stream.\n\n");
    weeks(md);
    holds(md);
    arrangements(md);
    notable(md);
    letters(md);
    Worklist w = result.worklist();
    md.append("## The worklist on ")
        .append(w.asOf())
        .append("\n\n")
        .append(w.entries().size())
        .append(" of ")
        .append(w.accountsSwept())
        .append(" accounts have work to do (`worklist.csv`, `worklist.txt`). By outcome: ")
        .append(w.countsByOutcome())
        .append("; by action: ")
        .append(w.countsByAction())
        .append(".\n");
    return md.toString();
  }

  private void council(StringBuilder md) {
    md.append(
        "## The council\n\n| estate | name | blocks | dwellings | tenanted | leasehold | shared ownership | freehold | district heating |\n|---|---|---|---|---|---|---|---|---|\n");
    for (SyntheticCouncil.Estate e : result.council().estates()) {
      Map<Tenure, Integer> tenures = new EnumMap<>(Tenure.class);
      int all = 0;
      for (Dwelling d : result.council().dwellings()) {
        if (d.estate().equals(e.id())) {
          tenures.merge(d.tenure(), 1, Integer::sum);
          all++;
        }
      }
      md.append("| ")
          .append(e.id().value())
          .append(" | ")
          .append(e.name())
          .append(" | ")
          .append(e.blocks().size())
          .append(" | ")
          .append(all);
      for (Tenure t : Tenure.values()) {
        md.append(" | ").append(tenures.getOrDefault(t, 0));
      }
      md.append(" | ").append(e.districtHeating() ? "yes" : "no").append(" |\n");
    }
    Map<String, Integer> accounts = new TreeMap<>();
    for (Household h : result.council().households()) {
      h.accounts()
          .keySet()
          .forEach(
              stream ->
                  accounts.merge(
                      stream.displayName()
                          + " | "
                          + h.dwelling().tenure().name().toLowerCase(Locale.UK).replace('_', ' '),
                      1,
                      Integer::sum));
    }
    md.append("\nAccounts by debt stream and tenure (")
        .append(result.ledgers().size())
        .append(" in all):\n\n| debt stream | tenure | accounts |\n|---|---|---|\n");
    accounts.forEach((k, n) -> md.append("| ").append(k).append(" | ").append(n).append(" |\n"));
    Map<Behaviour, Integer> behaviours = new EnumMap<>(Behaviour.class);
    result.council().households().forEach(h -> behaviours.merge(h.behaviour(), 1, Integer::sum));
    md.append("\nHouseholds by how they pay: ");
    List<String> parts = new ArrayList<>();
    behaviours.forEach((b, n) -> parts.add(b.label() + " " + n));
    md.append(String.join(", ", parts)).append(".\n\n");
  }

  private void billing(StringBuilder md) {
    md.append("## Billing posted\n\n| batch | charges |\n|---|---|\n");
    result
        .bills()
        .forEach(
            b ->
                md.append("| ")
                    .append(b.getKey())
                    .append(" | ")
                    .append(b.getValue())
                    .append(" |\n"));
    md.append('\n');
  }

  private void money(StringBuilder md) {
    md.append("## Billed, paid and owed (to ")
        .append(result.settings().asOf())
        .append(")\n\n| entry | debits | credits |\n|---|---|---|\n");
    debits.forEach(
        (k, v) -> md.append("| ").append(k).append(" | ").append(v.format()).append(" | |\n"));
    credits.forEach(
        (k, v) -> md.append("| ").append(k).append(" | | ").append(v.format()).append(" |\n"));
    md.append("| **total** | **")
        .append(totalDebits().format())
        .append("** | **")
        .append(totalCredits().format())
        .append("** |\n\n");
    Money difference = totalDebits().minus(totalCredits());
    md.append("Total debits less total credits: ")
        .append(difference.format())
        .append(". Sum of every account's balance: ")
        .append(balances.format())
        .append(". Portfolio balance in the aged debt: ")
        .append(portfolio.balance().format())
        .append(". ")
        .append(
            difference.equals(balances) && balances.equals(portfolio.balance())
                ? "They agree to the penny."
                : "THEY DO NOT AGREE.")
        .append(" Arrears (overdue) ")
        .append(portfolio.total().overdue().format())
        .append(" on ")
        .append(portfolio.accountsInArrears())
        .append(" accounts; unallocated credit ")
        .append(portfolio.unallocatedCredit().format())
        .append(".\n\n");
  }

  private void weeks(StringBuilder md) {
    md.append(
        "## Recovery week by week\n\nEach week's sweep: the cases that entered each stage (R1 first reminder, R2 final reminder, phone contact, lender letter, letter of claim, county court claim), closed because the debt was cleared, steps waiting for an officer's approval, steps referred to an officer, cases on hold, and the counted arrears on the worklist. Weeks with nothing new are left out.\n\n");
    md.append(
        "| week of | R1 | R2 | phone | lender | claim letter | court claim | closed | awaiting approval | referred | on hold | counted arrears |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (WeekRow row : result.weeks()) {
      if (!row.eventful()) {
        continue;
      }
      md.append("| ").append(row.sweptOn());
      for (String stage : STAGES) {
        md.append(" | ").append(row.entered().getOrDefault(stage, 0));
      }
      md.append(" | ")
          .append(row.closed())
          .append(" | ")
          .append(row.awaitingApproval())
          .append(" | ")
          .append(row.referred())
          .append(" | ")
          .append(row.onHold())
          .append(" | ")
          .append(row.counted().format())
          .append(" |\n");
    }
    Map<String, Integer> totals = new TreeMap<>();
    result.weeks().forEach(r -> r.entered().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
    md.append("\nStages entered over the whole run: ").append(totals).append(".\n\n");
  }

  private void holds(StringBuilder md) {
    md.append("## Holds\n\n| account | hold | from | to | set by |\n|---|---|---|---|---|\n");
    for (Map.Entry<AccountId, Hold> e : result.casework().allHolds()) {
      Hold h = e.getValue();
      md.append("| ")
          .append(e.getKey().value())
          .append(" | ")
          .append(h.kind().displayName())
          .append(" | ")
          .append(h.terms().start())
          .append(" | ")
          .append(h.terms().until().map(LocalDate::toString).orElse("open"))
          .append(" | ")
          .append(h.terms().setBy())
          .append(" |\n");
    }
    md.append(
        "\nA live arrangement holds its accounts too (next section). A hold's reason is never shown: it may be personal data.\n\n");
  }

  private void arrangements(StringBuilder md) {
    md.append("## Arrangements\n\n");
    for (ArrangementRecord r : result.casework().book().records()) {
      md.append("- ")
          .append(r.id().value())
          .append(" on ")
          .append(r.arrangement().accounts())
          .append(": ")
          .append(r.arrangement().schedule().instalments().size())
          .append(" monthly instalments of ")
          .append(r.arrangement().instalmentAmount().format())
          .append(" to clear ")
          .append(r.arrangement().startingBalance().format())
          .append("; now ")
          .append(r.state().name().toLowerCase(Locale.UK))
          .append('\n');
      for (StateChange c : r.history()) {
        md.append("  - ")
            .append(c.on())
            .append(": ")
            .append(c.from().name().toLowerCase(Locale.UK))
            .append(" → ")
            .append(c.to().name().toLowerCase(Locale.UK))
            .append(c.reason().isBlank() ? "" : " (" + c.reason() + ")")
            .append('\n');
      }
    }
    md.append('\n');
  }

  private void notable(StringBuilder md) {
    md.append("## Notable cases\n\n");
    LocalDate asOf = result.settings().asOf();
    result
        .stories()
        .forEach(
            (account, story) -> {
              Household h = households.get(account);
              Ledger ledger = result.ledgers().get(account);
              RecoveryCase c = result.casework().cases().get(account);
              md.append("### ")
                  .append(account.value())
                  .append(": ")
                  .append(h.behaviour().label())
                  .append(" (")
                  .append(h.dwelling().id().value())
                  .append(")\n\n");
              story.forEach(line -> md.append("- ").append(line).append('\n'));
              md.append("- balance on ")
                  .append(asOf)
                  .append(": ")
                  .append(ledger == null ? Money.ZERO.format() : ledger.balanceAt(asOf).format())
                  .append("; stage: ")
                  .append(c == null ? "none" : c.currentStage().map(r -> r.code()).orElse("none"))
                  .append("\n\n");
            });
  }

  private void letters(StringBuilder md) {
    md.append(
        "## Letters\n\nThe first reminder, final reminder and ground rent notice of their kind the team sent, and every lender letter, letter of claim (with its statement of account and three other enclosures), arrangement confirmation and breach letter and breathing space acknowledgement, issued through `NoticeIssuer` as PDF/A in `letters/`, first class post, deemed served by the ordinary course of post over the shipped bank holidays; each record is in `notices.csv`:\n\n");
    for (DemoLetters.Sample s : result.letters()) {
      if (s.problems().isEmpty()) {
        md.append("- `letters/")
            .append(s.file())
            .append("`: ")
            .append(s.kind().replace('-', ' '))
            .append(" to ")
            .append(s.account())
            .append(", dated ")
            .append(s.date())
            .append(", showing ")
            .append(s.amount())
            .append('\n');
      } else {
        md.append("- ")
            .append(s.kind().replace('-', ' '))
            .append(" to ")
            .append(s.account())
            .append(", dated ")
            .append(s.date())
            .append(": **refused** by recovery-notices, nothing produced: ")
            .append(String.join("; ", s.problems()))
            .append(
                ". The refusal is a missing-data hold on the case (`MissingDataHolds`, see Holds)")
            .append('\n');
      }
    }
    md.append("\nThe claim form has no template in recovery-notices yet.\n\n");
  }

  /** What the demo wrote to the database besides accounts and ledgers, in one line. */
  private String stored() {
    Map<String, Integer> saves = result.saves();
    return String.join(
        ", ",
        counted(saves.getOrDefault("case saves", 0), "recovery case save"),
        counted(saves.getOrDefault("arrangement saves", 0), "arrangement save"),
        counted(saves.getOrDefault("notices", 0), "issued notice"),
        counted(saves.getOrDefault("contacts", 0), "contact"),
        counted(saves.getOrDefault("court case saves", 0), "court case save"));
  }

  private static String counted(int count, String singular) {
    return count + " " + singular + (count == 1 ? "" : "s");
  }

  /** The one-screen summary printed at the end. */
  String summary(Path output) {
    DemoSimulation.Settings s = result.settings();
    StringBuilder out = new StringBuilder();
    Map<String, Integer> totals = new TreeMap<>();
    result.weeks().forEach(r -> r.entered().forEach((k, v) -> totals.merge(k, v, Integer::sum)));
    out.append("Home Ownership Recovery demo — seed ").append(s.seed()).append('\n');
    out.append("  council: ")
        .append(result.council().dwellings().size())
        .append(" dwellings on ")
        .append(result.council().estates().size())
        .append(" estates; ")
        .append(result.ledgers().size())
        .append(" accounts\n");
    out.append("  simulated: ")
        .append(s.from())
        .append(" to ")
        .append(s.asOf())
        .append(", ")
        .append(result.weeks().size())
        .append(" weekly sweeps\n");
    out.append("  billed ")
        .append(
            debits
                .getOrDefault("charge: " + ChargeType.SERVICE_CHARGE.displayName(), Money.ZERO)
                .format())
        .append(" in service charges; all debits ")
        .append(totalDebits().format())
        .append(", all credits ")
        .append(totalCredits().format())
        .append('\n');
    out.append("  owed on ")
        .append(s.asOf())
        .append(": ")
        .append(balances.format())
        .append(" (sum of ledgers = aged debt balance: ")
        .append(balances.equals(portfolio.balance()) ? "yes" : "NO")
        .append("); overdue ")
        .append(portfolio.total().overdue().format())
        .append(" on ")
        .append(portfolio.accountsInArrears())
        .append(" accounts\n");
    out.append("  stages entered: ").append(totals).append('\n');
    out.append("  worklist: ")
        .append(result.worklist().entries().size())
        .append(" accounts with work to do\n");
    out.append("  notable cases:\n");
    result
        .stories()
        .forEach(
            (account, story) -> {
              Household h = households.get(account);
              RecoveryCase c = result.casework().cases().get(account);
              out.append("    ")
                  .append(account.value())
                  .append(' ')
                  .append(h.behaviour().label())
                  .append(": ")
                  .append(
                      c == null
                          ? "no stage"
                          : c.currentStage().map(r -> "at " + r.code()).orElse("no stage"))
                  .append('\n');
            });
    long written = result.letters().stream().filter(l -> l.problems().isEmpty()).count();
    out.append("  letters: ")
        .append(written)
        .append(" PDFs written, ")
        .append(result.letters().size() - written)
        .append(" refused (see report.md)\n");
    out.append("  stored: ").append(stored()).append('\n');
    out.append("  output: ")
        .append(output)
        .append(" (worklist.csv, worklist.txt, aged-debt.csv, notices.csv, report.md, letters/)\n");
    return out.toString();
  }
}
