package org.homeownership.recovery.notices;

import com.google.common.hash.Hashing;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Turns a letter's XHTML into a tagged PDF/A-3a document with its fonts embedded,
 * deterministically: the creation and modification dates are the letter's date (midnight UTC) and
 * the document id is derived from the content, so the same letter gives the same bytes.
 */
final class PdfAWriter {

  /** The font family every template uses; the only one embedded. */
  static final String FONT_FAMILY = "Liberation Sans";

  private static final String PRODUCER = "Home Ownership Recovery notices (openhtmltopdf)";
  private static final String RESOURCES = "/org/homeownership/recovery/notices/";

  private final byte[] colourProfile;

  PdfAWriter() {
    this.colourProfile = resourceBytes("colour/sRGB.icc");
  }

  byte[] write(String xhtml, LocalDate letterDate) {
    Calendar fixed = midnightUtc(letterDate);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder =
          new PdfRendererBuilder()
              .usePDDocument(document)
              .usePdfAConformance(PdfAConformance.PDFA_3_A)
              .usePdfUaAccessibility(true)
              .useColorProfile(colourProfile)
              .withProducer(PRODUCER)
              .useFont(
                  () -> resource("fonts/LiberationSans-Regular.ttf"),
                  FONT_FAMILY,
                  400,
                  FontStyle.NORMAL,
                  true)
              .useFont(
                  () -> resource("fonts/LiberationSans-Bold.ttf"),
                  FONT_FAMILY,
                  700,
                  FontStyle.NORMAL,
                  true)
              .useExternalResourceAccessControl(
                  (uri, type) -> uri.startsWith("data:"),
                  ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
              .withHtmlContent(xhtml, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      fixDates(document, fixed);
      fixDocumentId(document, xhtml);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the letter to PDF", e);
    }
  }

  private static void fixDates(PDDocument document, Calendar fixed) throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(fixed);
    info.setModificationDate(fixed);
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    try (InputStream xmpStream = metadata.exportXMPMetadata()) {
      DomXmpParser parser = new DomXmpParser();
      XMPMetadata xmp = parser.parse(xmpStream);
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(fixed);
      basic.setModifyDate(fixed);
      basic.setMetadataDate(fixed);
      ByteArrayOutputStream serialised = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, serialised, true);
      String text =
          serialised
              .toString(StandardCharsets.UTF_8)
              .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
      PDMetadata replacement = new PDMetadata(document);
      replacement.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
      document.getDocumentCatalog().setMetadata(replacement);
    } catch (XmpParsingException | TransformerException e) {
      throw new IOException("could not fix the PDF's metadata dates", e);
    }
  }

  private static void fixDocumentId(PDDocument document, String xhtml) {
    byte[] id =
        Arrays.copyOf(Hashing.sha256().hashString(xhtml, StandardCharsets.UTF_8).asBytes(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
    document.setDocumentId(0L);
  }

  private static Calendar midnightUtc(LocalDate date) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return calendar;
  }

  private static InputStream resource(String name) {
    InputStream stream = PdfAWriter.class.getResourceAsStream(RESOURCES + name);
    if (stream == null) {
      throw new IllegalStateException("resource missing from the jar: " + name);
    }
    return stream;
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream stream = resource(name)) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }
}
