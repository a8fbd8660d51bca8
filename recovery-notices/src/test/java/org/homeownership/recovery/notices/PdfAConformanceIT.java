package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates each letter with veraPDF, the PDF Association's reference validator: PDF/A-3a, so that
 * an archive accepts it, and PDF/UA-1, so that a screen reader can read it.
 */
class PdfAConformanceIT {

  @BeforeAll
  static void startVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static Stream<Letter> letters() {
    return Stream.of(
        Fixtures.statementLetter(),
        Fixtures.reminder(),
        Fixtures.finalReminder(),
        EscapingTest.letterToHostileName(),
        Fixtures.estimateDemand(),
        Fixtures.yearEndStatement(),
        Fixtures.majorWorksInvoice(),
        Fixtures.groundRentNotice(),
        Fixtures.administrationChargeDemand(),
        Fixtures.section20bNotice(),
        Fixtures.lenderLetter(),
        Fixtures.letterOfClaim(),
        Fixtures.arrangementConfirmation(),
        Fixtures.arrangementBreach(),
        Fixtures.breathingSpaceAcknowledgement());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void everyLetterIsPdfA3a(Letter letter) throws Exception {
    assertThat(failures(letter, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void everyLetterIsPdfUa1(Letter letter) throws Exception {
    assertThat(failures(letter, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  private static List<String> failures(Letter letter, PDFAFlavour flavour) throws Exception {
    byte[] pdf = Fixtures.composer().composePdf(letter).orElseThrow().bytes();
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber())
              .distinct()
              .toList();
      assertThat(result.isCompliant()).as("compliant with %s: %s", flavour, failed).isTrue();
      return failed;
    }
  }
}
