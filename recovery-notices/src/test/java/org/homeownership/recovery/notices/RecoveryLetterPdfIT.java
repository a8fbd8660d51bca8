package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the recovery letters back from their PDFs, page by page where pages matter. */
class RecoveryLetterPdfIT {

  private static String page(PdfLetter pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The whole text in reading order: bold runs are drawn after the line they sit in. */
  private static String text(PdfLetter pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  private static int pages(PdfLetter pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      return document.getNumberOfPages();
    }
  }

  @Test
  void theLenderLetterGoesToTheLenderAndStatesTheChargeAndTheArrears() throws IOException {
    String text = text(PdfLetterIT.pdf(Fixtures.lenderLetter()));
    assertThat(text)
        .contains("Anytown Building Society", "Mortgage arrears team", "AN9 9ZZ")
        .contains("Dear Sir or Madam")
        .contains("Property: Flat 3, Elm Court, 12 Elm Road, Anytown, AN2 3BC")
        .contains("Title number: AGL123456")
        .contains("Leaseholders: Ms Jane Smith, Mr Ahmed Khan")
        .contains("Your reference: MTG-778812")
        .contains("register of the title dated 20 November 2026 shows a charge dated 30 June 2015")
        .contains("On 24 November 2026 the amount overdue under the lease was £3,126.75")
        .contains("We told the leaseholder on 10 November 2026")
        .contains("Please tell us by 8 December 2026 whether you will pay the arrears")
        .contains("The landlord is London Borough of Anytown")
        .doesNotContain("Free, independent debt advice")
        .doesNotContain("Dear Ms Jane Smith");
  }

  @Test
  void theLetterOfClaimStatesEveryRequiredItemOnItsFirstPages() throws IOException {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.letterOfClaim());
    String letter = page(pdf, 1) + page(pdf, 2);
    assertThat(page(pdf, 1)).contains("Date: 24 November 2026").contains("Letter of claim");
    assertThat(letter)
        .contains("Pre-Action Protocol for Debt Claims", "LOC-2026-0042")
        .contains("You owe us £2,026.75")
        .contains("judgment against you for £1,100.00 on 12 September 2025 (claim number K00AN123)")
        .contains("lease dated 15 March 2004, made between The Mayor and Burgesses of the London")
        .contains("You can ask us for a copy of the lease")
        .contains(
            "Interest is continuing to be added to the debt under clause 4(2) of your lease, at"
                + " 4% a year above the Bank of England base rate")
        .contains("We are not adding any other charges to the debt")
        .contains("within 30 days of the date of this letter, that is by 24 December 2026")
        .contains("Home Ownership Services Town Hall 1 High Street Anytown AN1 1AA")
        .contains("How to pay", "Bank transfer:")
        .contains("How to contact us")
        .contains("Free, independent debt advice")
        .contains("The landlord is London Borough of Anytown");
  }

  @Test
  void theLetterOfClaimEnclosesTheStatementInformationSheetReplyFormAndFinancialStatement()
      throws IOException {
    PdfLetter pdf = PdfLetterIT.pdf(Fixtures.letterOfClaim());
    assertThat(pages(pdf)).isEqualTo(6);
    assertThat(page(pdf, 3))
        .startsWith("Statement of account")
        .contains("01/07/2026 Major works MW-2026-014 £2,340.50 £3,190.50")
        .contains("£3,676.75 £550.00 £3,126.75")
        .contains("it does not include the £1,100.00 for which we already have judgment");
    assertThat(page(pdf, 4))
        .contains("Information sheet")
        .contains("You must reply by 24 December 2026")
        .contains("within 30 days of your request");
    assertThat(page(pdf, 5))
        .contains("Reply form")
        .contains("A. I owe the debt of £2,026.75: the amount is correct.")
        .contains("B. I owe part of the debt.")
        .contains("C. I do not know whether I owe the debt.")
        .contains("D. I do not owe the debt")
        .contains("send it by 24 December 2026 to: Home Ownership Services, Town Hall");
    assertThat(page(pdf, 6))
        .contains("Financial statement")
        .contains("Earnings", "Benefits", "Pensions", "Other income")
        .contains("Utilities", "Water", "Care and health", "Transport and travel", "School costs")
        .contains("Pensions and insurance", "Professional costs", "Other essential costs")
        .contains("Communications and leisure", "Food and housekeeping", "Personal costs")
        .contains("Savings contribution");
  }

  @Test
  void theArrangementConfirmationPrintsTheTermsFromTheSchedule() throws IOException {
    String text = text(PdfLetterIT.pdf(Fixtures.arrangementConfirmation()));
    assertThat(text)
        .contains("Please pay a lump sum of £500.00 by 27 November 2026")
        .contains("Then pay £250.00 every month, starting on 1 December 2026")
        .contains("The debt the arrangement clears £3,126.75")
        .contains("Then 10 payments, every month, from 1 December 2026 £250.00")
        .contains("Then a last payment, on 1 October 2027, which clears what is left £126.75")
        .contains("Total you will pay, ending on 1 October 2027 £3,126.75")
        .contains("We will send you a reminder giving you 7 days")
        .contains("Free, independent debt advice");
  }

  @Test
  void theBreachLetterSaysWhatWasMissedAndTheBalances() throws IOException {
    String text = text(PdfLetterIT.pdf(Fixtures.arrangementBreach()));
    assertThat(text)
        .contains("By 8 February 2027 you should have made 4 payments under the arrangement")
        .contains("£1,250.00 in all, the last of them £250.00 due on 1 February 2027")
        .contains("What your balance should have been under the arrangement £1,876.75")
        .contains("What your balance was £2,126.75")
        .contains("The amount you are behind £250.00")
        .contains("Please pay £250.00 by 17 February 2027")
        .contains("the full balance is due within 14 days")
        .contains("Free, independent debt advice");
  }

  @Test
  void theBreathingSpaceAcknowledgementDemandsNothingInThePdf() throws IOException {
    String text = text(PdfLetterIT.pdf(Fixtures.breathingSpaceAcknowledgement()));
    assertThat(text)
        .contains("entered on the register on 19 November 2026 and started on 20 November 2026")
        .contains("It is due to end on 18 January 2027")
        .contains("On 17 November 2026")
        .contains("add interest, fees, penalties or charges")
        .contains("Service charge instalment, January to March 2027 1 January 2027 £410.71")
        .doesNotContainPattern(RecoveryLetterValidationTest.PAY_BY_A_DATE)
        .doesNotContain("Please pay");
  }
}
