package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Looks at each page as a person would: something is printed on it, and nothing is printed in the
 * margins. The body keeps to the page margins set in {@code layout.peb} (20 mm left, 18 mm top and
 * right); only the page number sits in the bottom margin, and nothing comes within 10 mm of any
 * edge, where printers and window envelopes cut off.
 *
 * <p>To look at the letters yourself, run with {@code -Dnotices.pdfDirectory=target/letters} and
 * open the PDFs written there.
 */
class PageImageIT {

  private static final float DPI = 72;
  private static final double PX_PER_MM = DPI / 25.4;
  private static final double TOLERANCE_MM = 0.5;

  static Stream<Letter> letters() {
    return Stream.of(
        Fixtures.statementLetter(),
        Fixtures.longStatementLetter(),
        Fixtures.reminder(),
        Fixtures.finalReminder(),
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
  void everyPageHasInkAndKeepsItInsideTheMargins(Letter letter) throws IOException {
    byte[] bytes = Fixtures.composer().composePdf(letter).orElseThrow().bytes();
    String keep = System.getProperty("notices.pdfDirectory", "");
    if (!keep.isBlank()) {
      Path directory = Files.createDirectories(Path.of(keep));
      Files.write(directory.resolve(letter.templateCode() + ".pdf"), bytes);
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFRenderer renderer = new PDFRenderer(document);
      assertThat(document.getNumberOfPages()).isPositive();
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
        Ink ink = Ink.of(image);
        String where = letter.templateCode() + " page " + (page + 1);
        assertThat(ink.pixels).as(where + ": inked pixels").isGreaterThan(2_000);
        assertThat(ink.left).as(where + ": left").isGreaterThanOrEqualTo(px(20 - TOLERANCE_MM));
        assertThat(ink.top).as(where + ": top").isGreaterThanOrEqualTo(px(18 - TOLERANCE_MM));
        assertThat(ink.right)
            .as(where + ": right")
            .isLessThanOrEqualTo(image.getWidth() - px(18 - TOLERANCE_MM));
        assertThat(ink.bottom)
            .as(where + ": bottom")
            .isLessThanOrEqualTo(image.getHeight() - px(10));
      }
    }
  }

  private static int px(double mm) {
    return (int) Math.floor(mm * PX_PER_MM);
  }

  /** The inked (non-white) pixels of a page image and their bounding box. */
  private record Ink(long pixels, int left, int top, int right, int bottom) {

    static Ink of(BufferedImage image) {
      long pixels = 0;
      int left = Integer.MAX_VALUE;
      int top = Integer.MAX_VALUE;
      int right = -1;
      int bottom = -1;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
          if (darkest < 200) {
            pixels++;
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
          }
        }
      }
      return new Ink(pixels, left, top, right, bottom);
    }
  }
}
