package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** Renders each letter to PDF and reads it back as a court or an archive would. */
class PdfLetterIT {

  private static final LetterComposer COMPOSER = Fixtures.composer();

  static PdfLetter pdf(Letter letter) {
    return COMPOSER.composePdf(letter).orElseThrow();
  }

  static String text(PdfLetter pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theReminderPrintsTheLandlordTheAmountsAndTheDebtAdviceSignpost() throws IOException {
    String text = text(pdf(Fixtures.reminder()));
    assertThat(text)
        .contains("Reminder: your account is in arrears")
        .contains("Ms Jane Smith", "Mr Ahmed Khan", "Flat 3, Elm Court", "AN2 3BC")
        .contains("Landlord's name and address (Landlord and Tenant Act 1987, sections 47 and 48)")
        .contains("The landlord is London Borough of Anytown")
        .contains("Town Hall, 1 High Street, Anytown, AN1 1AA")
        .contains("Date: 24 November 2026", "Account reference: SC-100234")
        .contains("£3,126.75", "£700.00", "£2,340.50", "£86.25", "8 December 2026")
        .contains("Free, independent debt advice")
        .contains("MoneyHelper: www.moneyhelper.org.uk")
        .contains("Citizens Advice: www.citizensadvice.org.uk")
        .contains("StepChange Debt Charity: www.stepchange.org")
        .contains("Bank transfer:", "Direct Debit:")
        .contains("Each of you is responsible for paying the whole amount owed");
  }

  @Test
  void theFinalReminderSaysWhatMayHappenNext() throws IOException {
    String text = text(pdf(Fixtures.finalReminder()));
    assertThat(text)
        .contains("Final reminder: your account is in arrears")
        .contains("This is our final reminder")
        .contains("What happens if you do not")
        .contains("£3,126.75", "8 December 2026")
        .contains("London Borough of Anytown", "Town Hall, 1 High Street, Anytown, AN1 1AA")
        .contains("MoneyHelper: www.moneyhelper.org.uk");
  }

  @Test
  void theStatementListsEveryLineWithItsRunningBalance() throws IOException {
    String text = text(pdf(Fixtures.statementLetter()));
    assertThat(text)
        .contains("Statement of account")
        .contains("Opening balance on 1 April 2026 £0.00")
        .contains("01/04/2026 Service charge INV-2026-001 £1,250.00 £1,250.00")
        .contains("02/05/2026 Payment by bank transfer BACS-88213 £400.00 £850.00")
        .contains("01/07/2026 Major works MW-2026-014 £2,340.50 £3,190.50")
        .contains("Totals, and closing balance on 24 November 2026 £3,676.75 £550.00 £3,126.75")
        .contains("The landlord is London Borough of Anytown")
        .contains("MoneyHelper: www.moneyhelper.org.uk");
  }

  @Test
  void aLongStatementRunsOverPagesAndRepeatsItsTableHeading() throws IOException {
    PdfLetter pdf = pdf(Fixtures.longStatementLetter());
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document).replaceAll("\\s+", " "))
          .contains("Date Description Reference Debit Credit Balance")
          .contains("London Borough of Anytown, account reference SC-100234")
          .contains("Page 2 of");
    }
    assertThat(text(pdf))
        .contains("01/12/2021 Service charge SC-M1 £104.17 £104.17")
        .contains("Totals, and closing balance on 24 November 2026 £6,250.20 £4,000.00 £2,250.20");
  }

  @Test
  void aNameContainingMarkupPrintsAsTextInThePdf() throws IOException {
    String text = text(pdf(EscapingTest.letterToHostileName()));
    assertThat(text).contains("<script>alert('x')</script> O'Brien & Sons <b>Ltd</b>");
  }

  @Test
  void theSameLetterGivesTheSameBytesSoItsHashVerifiesAStoredCopy() {
    PdfLetter first = pdf(Fixtures.reminder());
    PdfLetter second = Fixtures.composer().composePdf(Fixtures.reminder()).orElseThrow();
    assertThat(second.bytes()).isEqualTo(first.bytes());
    assertThat(second.sha256())
        .isEqualTo(first.sha256())
        .isEqualTo(Hashing.sha256().hashBytes(first.bytes()).toString())
        .hasSize(64);

    Letter later =
        new ArrearsReminderLetter(
            Fixtures.correspondence().withLetterDate(Fixtures.LETTER_DATE.plusDays(1)),
            Fixtures.arrears(),
            Fixtures.PAY_BY);
    assertThat(pdf(later).sha256()).isNotEqualTo(first.sha256());
  }

  @Test
  void thePdfIsTaggedPdfA3aDatedByTheLetterWithEveryFontEmbedded() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Fixtures.statementLetter()).bytes())) {
      var catalog = document.getDocumentCatalog();
      XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
          .isEqualTo(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(document.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Statement of account");
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getLanguage()).isEqualTo("en-GB");
      assertThat(catalog.getOutputIntents()).isNotEmpty();
      assertThat(document.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);

      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
      assertThat(fonts)
          .extracting(PDFont::getName)
          .allSatisfy(name -> assertThat(name).contains("LiberationSans"));
    }
  }

  @Test
  void theLogoIsPrintedWhenTheCouncilHasOne() throws IOException {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(0x1d3a6e));
    graphics.fillRect(0, 0, 120, 40);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    Letterhead l = Fixtures.letterhead();
    Letterhead withLogo =
        new Letterhead(
            l.legalName(),
            l.addressForService(),
            l.contact(),
            l.paymentMethods(),
            Logo.png(png.toByteArray(), "Anytown Council crest"),
            false);
    LetterComposer composer = new LetterComposer(withLogo, TemplateSource.defaults());
    assertThat(composer.composeHtml(Fixtures.reminder()).orElseThrow().html())
        .contains("alt=\"Anytown Council crest\"")
        .contains("src=\"data:image/png;base64,");
    try (PDDocument document =
        Loader.loadPDF(composer.composePdf(Fixtures.reminder()).orElseThrow().bytes())) {
      PDResources resources = document.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).isNotEmpty();
    }
  }
}
