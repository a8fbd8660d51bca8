package org.homeownership.recovery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCouncilTest {

  private static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);

  @Test
  void theSameSeedGivesTheSameReport() {
    assertThat(DemoCouncil.generate(14, 7).report(YEAR_END))
        .isEqualTo(DemoCouncil.generate(14, 7).report(YEAR_END));
    assertThat(DemoCouncil.generate(14, 7).report(YEAR_END))
        .isNotEqualTo(DemoCouncil.generate(14, 8).report(YEAR_END));
  }

  @Test
  void thePortfolioBalanceIsTheSumOfTheLedgers() {
    DemoCouncil council = DemoCouncil.generate(21, 2025);
    Money sum =
        council.accounts().stream()
            .map(id -> council.store().ledger(id))
            .map((Ledger ledger) -> ledger.balanceAt(YEAR_END))
            .reduce(Money.ZERO, Money::plus);

    String report = council.report(YEAR_END);

    assertThat(report).contains("(21 accounts, ");
    assertThat(report).containsPattern("\nBalance +" + java.util.regex.Pattern.quote(sum.format()));
  }

  @Test
  void everyBehaviourShowsTheFiguresAnOfficerExpects() {
    DemoCouncil council = DemoCouncil.generate(7, 2025);
    String report = council.report(YEAR_END);

    assertThat(report).containsPattern("SC-00001 .* prompt payer +£0.00 +£0.00 +£0.00  -");
    assertThat(report).containsPattern("SC-00005 .* overpayer +-£90.00 +£0.00 +£90.00  -");
    assertThat(report).containsPattern("SC-00007 .* disputes a charge .*\\(disputed £");
    // The third quarter's Direct Debit came back and ground rent was never paid.
    Ledger returned = council.store().ledger(council.accounts().get(5));
    Money thirdQuarter =
        returned.entries().stream()
            .map(p -> p.entry())
            .filter(e -> e.description().startsWith("Service charge 1 October 2025"))
            .findFirst()
            .orElseThrow()
            .amount();
    String owed = thirdQuarter.plus(Money.parse("10.00")).format();
    assertThat(report)
        .containsPattern(
            "SC-00006 .* direct debit returned +" + java.util.regex.Pattern.quote(owed) + " ");
    assertThat(returned.entries())
        .anyMatch(p -> p.entry().description().startsWith("Reversal of payment"));
  }

  @Test
  void theCommandLineRunsTheDemoAndRefusesABadSize() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = new CommandLine(new RecoveryExamples()).execute("demo", "--leaseholders", "3");
    } finally {
      System.setOut(original);
    }
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("3 leasehold service charge accounts");
    assertThat(new CommandLine(new RecoveryExamples()).execute("demo", "--leaseholders", "0"))
        .isEqualTo(2);
  }
}
