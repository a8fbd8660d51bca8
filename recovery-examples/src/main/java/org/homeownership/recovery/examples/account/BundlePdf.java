package org.homeownership.recovery.examples.account;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The case file's PDF work: the index rendered from XHTML by openhtmltopdf (the renderer {@code
 * recovery-notices} uses, with the same embedded Liberation Sans fonts from its jar), page counts,
 * and the bundle put together with PDFBox's {@link PDFMergerUtility}: the index, then each document
 * appended whole, every page stamped "Bundle page N of M" at its top right, as court bundles are
 * paginated throughout. The same parts and date give the same bytes: the dates are the bundle's
 * date at midnight UTC and the document id is derived from the parts.
 */
final class BundlePdf {

  private static final String FONTS = "/org/homeownership/recovery/notices/fonts/";
  static final String FONT_FAMILY = "Liberation Sans";

  private BundlePdf() {}

  /** {@code xhtml} as a PDF. */
  static byte[] render(String xhtml) {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .useFont(
              () -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(() -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
          .withHtmlContent(xhtml, null)
          .toStream(out)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the case file's index", e);
    }
    return out.toByteArray();
  }

  /** How many pages {@code pdf} has. */
  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /**
   * {@code parts} in one PDF, every page numbered, titled {@code title} and dated {@code date}. The
   * first part is the index rendered from {@code indexSource}, which stands for it in the document
   * id (the renderer's own bytes carry the time they were made).
   */
  static byte[] merge(String indexSource, List<byte[]> parts, String title, LocalDate date) {
    List<PDDocument> open = new ArrayList<>();
    try {
      PDDocument bundle = Loader.loadPDF(parts.get(0));
      open.add(bundle);
      PDFMergerUtility merger = new PDFMergerUtility();
      Hasher hash = Hashing.sha256().newHasher();
      hash.putString(indexSource, java.nio.charset.StandardCharsets.UTF_8);
      for (byte[] part : parts.subList(1, parts.size())) {
        PDDocument document = Loader.loadPDF(part);
        open.add(document);
        merger.appendDocument(bundle, document);
        hash.putBytes(part);
      }
      stamp(bundle);
      dropFalseSuspects(bundle);
      Calendar fixed = midnightUtc(date);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setProducer("Home Ownership Recovery examples (case-file)");
      info.setCreationDate(fixed);
      info.setModificationDate(fixed);
      bundle.setDocumentInformation(info);
      byte[] id = Arrays.copyOf(hash.hash().asBytes(), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      bundle.getDocument().getTrailer().setItem(COSName.ID, ids);
      bundle.setDocumentId(0L);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      bundle.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not put the case file together", e);
    } finally {
      for (PDDocument document : open) {
        try {
          document.close();
        } catch (IOException e) {
          // a document read from bytes: nothing to release but memory
        }
      }
    }
  }

  /**
   * Removes {@code /Suspects false} from the merged mark information: false is the default, and
   * poppler's readers (pdfinfo, pdftoppm) report the explicit entry as a syntax error.
   */
  private static void dropFalseSuspects(PDDocument bundle) {
    COSDictionary markInfo =
        bundle.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
    COSName suspects = COSName.getPDFName("Suspects");
    if (markInfo != null && !markInfo.getBoolean(suspects, false)) {
      markInfo.removeItem(suspects);
    }
  }

  private static void stamp(PDDocument bundle) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    int total = bundle.getNumberOfPages();
    int n = 0;
    for (PDPage page : bundle.getPages()) {
      n++;
      PDRectangle box = page.getMediaBox();
      String text = "Bundle page " + n + " of " + total;
      float size = 8;
      float width = font.getStringWidth(text) / 1000 * size;
      try (PDPageContentStream stream =
          new PDPageContentStream(
              bundle, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(box.getUpperRightX() - 28 - width, box.getUpperRightY() - 18);
        stream.showText(text);
        stream.endText();
      }
    }
  }

  private static Calendar midnightUtc(LocalDate date) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return calendar;
  }

  private static InputStream font(String name) {
    InputStream stream = BundlePdf.class.getResourceAsStream(FONTS + name);
    if (stream == null) {
      throw new IllegalStateException("font missing from recovery-notices: " + name);
    }
    return stream;
  }
}
