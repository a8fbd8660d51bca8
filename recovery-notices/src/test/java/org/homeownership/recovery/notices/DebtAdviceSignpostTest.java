package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demand and reminder, and every other letter to a debtor, signposts free, independent debt
 * advice (LAW-AND-PRACTICE.md §6.3, §12.4). The only letter without it is the one to the mortgage
 * lender, which is not written to the debtor.
 */
class DebtAdviceSignpostTest {

  private static final Path TEMPLATES;

  static {
    try {
      TEMPLATES =
          Path.of(
                  DebtAdviceSignpostTest.class
                      .getClassLoader()
                      .getResource(TemplateSource.CLASSPATH_PREFIX + "/layout.peb")
                      .toURI())
              .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every letter to a debtor. */
  static Stream<Letter> lettersToDebtors() {
    return Fixtures.allLetters().stream().filter(l -> l.addressee().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lettersToDebtors")
  void everyLetterToADebtorSignpostsFreeIndependentDebtAdvice(Letter letter) {
    assertThat(Fixtures.composer().composeHtml(letter).orElseThrow().html())
        .contains("<h2>Free, independent debt advice</h2>")
        .contains("MoneyHelper: www.moneyhelper.org.uk")
        .contains("Citizens Advice: www.citizensadvice.org.uk")
        .contains("StepChange Debt Charity: www.stepchange.org")
        .contains("National Debtline: www.nationaldebtline.org")
        .contains("You do not have to pay anyone for debt advice");
  }

  @Test
  void everyDefaultLetterTemplateHasAFixtureHere() throws IOException {
    List<String> codes = Fixtures.allLetters().stream().map(Letter::templateCode).toList();
    assertThat(letterTemplates()).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void onlyTheLenderLetterLeavesOutTheSignpost() throws IOException {
    List<String> without =
        letterTemplates().stream()
            .filter(
                code -> {
                  try {
                    String source = Files.readString(TEMPLATES.resolve(code + ".peb"));
                    return source
                        .replaceAll("\\s+", "")
                        .contains("{%blockdebtAdvice%}{%endblock%}");
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(without).containsExactly(MortgageLenderLetter.TEMPLATE);
  }

  /**
   * The codes of the default letter templates: every template in the jar that extends the layout.
   */
  private static List<String> letterTemplates() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".peb"))
          .filter(
              f -> {
                try {
                  return Files.readString(f).contains("{% extends \"layout\" %}");
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .map(f -> f.getFileName().toString().replace(".peb", ""))
          .sorted()
          .toList();
    }
  }
}
