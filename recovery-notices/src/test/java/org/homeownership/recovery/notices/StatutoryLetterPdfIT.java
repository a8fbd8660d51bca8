package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the statutory letters back from their PDFs: the landlord's name and address for service,
 * the amounts, the debt advice signpost, and for demands the enclosed summary of rights with its
 * heading, in at least 10-point type, and its version in the document's keywords.
 */
class StatutoryLetterPdfIT {

  private static final String LANDLORD =
      "The landlord is London Borough of Anytown. Notices, including notices in proceedings, may be"
          + " served on the landlord at this address in England and Wales: Town Hall, 1 High"
          + " Street, Anytown, AN1 1AA.";

  static List<Letter> letters() {
    return Fixtures.statutoryLetters();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void everyLetterPrintsTheLandlordsAddressForServiceAndTheDebtAdviceSignpost(Letter letter)
      throws IOException {
    assertThat(PdfLetterIT.text(PdfLetterIT.pdf(letter)))
        .contains(letter.title())
        .contains("Ms Jane Smith", "Mr Ahmed Khan", "Flat 3, Elm Court")
        .contains(LANDLORD)
        .contains("Free, independent debt advice");
  }

  @Test
  void theEstimateDemandPrintsTheBreakdownTheInstalmentsAndTheServiceChargesSummary()
      throws Exception {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.estimateDemand());
    assertThat(PdfLetterIT.text(pdf))
        .contains(
            "Caretaking and cleaning Block Elm Court total £24,000.00, shared by rateable"
                + " value £600.00")
        .contains("Management fee 15% of £1,428.50 £214.28")
        .contains("Total for 1 April 2027 to 31 March 2028 £1,642.78")
        .contains("1 1 April 2027 £410.71", "4 1 January 2028 £410.69")
        .contains("Service Charges - Summary of tenants' rights and obligations")
        .contains("version " + Fixtures.SERVICE_CHARGES_SUMMARY_VERSION);
    assertSummary(pdf, "Service Charges - Summary", Fixtures.SERVICE_CHARGES_SUMMARY_VERSION);
  }

  @Test
  void theYearEndStatementPrintsActualEstimateAndBalancingCharge() throws Exception {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.yearEndStatement());
    assertThat(PdfLetterIT.text(pdf))
        .contains("Actual service charge for the year £1,652.57")
        .contains("Estimated service charge billed for the year £1,500.00")
        .contains("Balancing charge: amount to pay £152.57")
        .contains("Please pay it by", "8 December 2026");
    assertSummary(pdf, "Service Charges - Summary", Fixtures.SERVICE_CHARGES_SUMMARY_VERSION);
  }

  @Test
  void theMajorWorksInvoicePrintsTheReductionAndEveryPaymentOption() throws Exception {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.majorWorksInvoice());
    assertThat(PdfLetterIT.text(pdf))
        .contains("Your share of the cost of the works £14,250.00")
        .contains("-£4,250.00", "Amount charged £10,000.00")
        .contains("Pay in full", "Pay in full early, with a discount", "£9,500.00")
        .contains("48 monthly payments: the first £208.49, then £208.33 a month")
        .contains("statutory loan:")
        .doesNotContain("LAW-AND-PRACTICE");
    assertSummary(pdf, "Service Charges - Summary", Fixtures.SERVICE_CHARGES_SUMMARY_VERSION);
  }

  @Test
  void theGroundRentNoticePrintsTheSection166Content() throws IOException {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.groundRentNotice());
    assertThat(pdf.enclosedSummary()).isEmpty();
    assertThat(PdfLetterIT.text(pdf))
        .contains("section 166 of the Commonhold and Leasehold Reform Act 2002")
        .contains("Rent for the period 25 December 2026 to 24 December 2027")
        .contains("Amount of rent due £10.00")
        .contains("Date you are liable to pay it 4 January 2027")
        .contains("Date it would have been payable under the lease 25 December 2026");
  }

  @Test
  void theAdministrationChargeDemandEnclosesItsOwnSummary() throws Exception {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.administrationChargeDemand());
    assertThat(PdfLetterIT.text(pdf))
        .contains("Sch 11 para 1(1)(c): failure to pay by the due date")
        .contains("Please pay", "£60.00", "22 December 2026")
        .contains("Administration Charges - Summary of tenants' rights and obligations");
    assertSummary(
        pdf, "Administration Charges - Summary", Fixtures.ADMINISTRATION_CHARGES_SUMMARY_VERSION);
  }

  @Test
  void theSection20bNoticeStatesEachCostIncurred() throws IOException {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.section20bNotice());
    assertThat(pdf.enclosedSummary()).isEmpty();
    assertThat(PdfLetterIT.text(pdf))
        .contains("section 20B(2) of the Landlord and Tenant Act 1985")
        .contains("You will later be required to contribute to them by paying a service charge")
        .contains("Lift repairs, Elm Court: contractor's invoice 4471 15 June 2026 £312.40")
        .contains("2 September 2026 £145.85")
        .contains("Total of your shares £458.25")
        .doesNotContain("How to pay");
  }

  /**
   * The summary starts on a page of its own, its heading and text are at least 10 point, and the
   * document records the version enclosed.
   */
  private static void assertSummary(PdfLetter pdf, String heading, String version)
      throws Exception {
    assertThat(pdf.enclosedSummary()).map(SummaryOfRights::version).contains(version);
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      assertThat(document.getDocumentInformation().getKeywords()).endsWith("version " + version);
      int last = document.getNumberOfPages();
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(last);
      page.setEndPage(last);
      assertThat(page.getText(document)).contains(heading).doesNotContain("Yours sincerely");
      SummaryFontSizes sizes = new SummaryFontSizes();
      sizes.setStartPage(last);
      sizes.setEndPage(last);
      sizes.getText(document);
      assertThat(sizes.smallest).as("smallest type in the summary, in points").isBetween(10f, 20f);
    }
  }

  /** The smallest type used in the summary's heading and text (not the footer or version line). */
  private static final class SummaryFontSizes extends PDFTextStripper {
    float smallest = Float.MAX_VALUE;

    SummaryFontSizes() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (text.contains("Summary of tenants") || text.contains("Test fixture")) {
        for (TextPosition p : positions) {
          smallest = Math.min(smallest, p.getFontSizeInPt());
        }
      }
      super.writeString(text, positions);
    }
  }
}
