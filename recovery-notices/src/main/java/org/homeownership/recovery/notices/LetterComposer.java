package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Composes letters: checks that a letter has every piece of data its template needs, then renders
 * it through its Pebble template and the council's letterhead to HTML and to a tagged PDF/A
 * document.
 *
 * <p>A letter with missing or invalid data is refused with a {@link RenderResult.Refused} that
 * names every problem; nothing is produced. Every value is HTML-escaped, so a name containing
 * markup prints as text. Rendering is deterministic: the same letter gives the same HTML and the
 * same PDF bytes.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class LetterComposer {

  private static final Pattern TEMPLATE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Letterhead letterhead;
  private final TemplateSource templates;
  private final PebbleEngine engine;
  private final PdfAWriter pdf;

  /**
   * A composer printing {@code letterhead} on every letter, with templates from {@code templates}.
   */
  public LetterComposer(Letterhead letterhead, TemplateSource templates) {
    this.letterhead = requireNonNull(letterhead, "letterhead");
    this.templates = requireNonNull(templates, "templates");
    this.engine =
        new PebbleEngine.Builder()
            .loader(templates.loader())
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .defaultLocale(Locale.UK)
            .build();
    this.pdf = new PdfAWriter();
  }

  /** The council's letterhead printed on every letter. */
  public Letterhead letterhead() {
    return letterhead;
  }

  /**
   * Every problem that would stop {@code letter}: with the letterhead, the correspondence and the
   * letter's own data, in that order. Empty if the letter can be produced.
   */
  public List<Problem> check(Letter letter) {
    DataRequirements requirements = new DataRequirements();
    letterhead.check(requirements);
    Optional<Addressee> addressee = letter.addressee();
    letter.correspondence().check(requirements, letterhead.postsOverseas(), addressee.isEmpty());
    addressee.ifPresent(
        a -> a.check(requirements, letter.correspondence(), letterhead.postsOverseas()));
    letter.checkData(requirements);
    letter
        .enclosedSummary()
        .ifPresent(
            kind ->
                requirements.require(
                    "templates." + kind.templateCode(),
                    templates.summaryOfRights(kind).isPresent(),
                    "the prescribed summary of rights and obligations is not configured: "
                        + kind.statute()
                        + " requires it to accompany the demand, in the form prescribed by "
                        + kind.regulations()
                        + ". Put the council's copy in its template directory as "
                        + kind.templateCode()
                        + TemplateSource.SUFFIX
                        + " and declare its version with TemplateSource.withSummaryOfRights"));
    return requirements.problems();
  }

  /**
   * The letter as HTML, or every problem that stops it.
   *
   * @throws LetterTemplateException if the template is missing or faulty
   */
  public RenderResult<HtmlLetter> composeHtml(Letter letter) {
    List<Problem> problems = check(letter);
    if (!problems.isEmpty()) {
      return RenderResult.refused(problems);
    }
    Optional<SummaryOfRights> summary = enclosedSummary(letter);
    return RenderResult.rendered(
        new HtmlLetter(letter.templateCode(), letter.title(), render(letter, summary), summary));
  }

  /**
   * The letter as a tagged PDF/A-3a document with its fonts embedded, or every problem that stops
   * it. Its creation date is the letter's date, so the same letter always gives the same bytes.
   *
   * @throws LetterTemplateException if the template is missing or faulty
   */
  public RenderResult<PdfLetter> composePdf(Letter letter) {
    return composeHtml(letter)
        .map(
            html ->
                new PdfLetter(
                    letter.templateCode(),
                    pdf.write(
                        html.html(), requireNonNull(letter.correspondence().letterDate(), "date")),
                    html.enclosedSummary()));
  }

  /**
   * The version of the template {@code letter} is produced from (see {@link TemplateVersion}): the
   * SHA-256 of every template file it uses, with the version of any prescribed summary enclosed.
   */
  String templateVersion(Letter letter) {
    return TemplateVersion.of(templates, letter.templateCode(), enclosedSummary(letter));
  }

  private Optional<SummaryOfRights> enclosedSummary(Letter letter) {
    return letter.enclosedSummary().map(kind -> templates.summaryOfRights(kind).orElseThrow());
  }

  private String render(Letter letter, Optional<SummaryOfRights> summary) {
    String code = letter.templateCode();
    if (!TEMPLATE_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a template code is lower-case words joined by hyphens, not '" + code + "'");
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("letterhead", letterheadModel());
    model.put("letter", letterModel(letter));
    model.put(
        "recipient",
        letter
            .addressee()
            .map(LetterComposer::addresseeModel)
            .orElseGet(() -> recipientModel(letter.correspondence())));
    model.put(
        "enclosedSummary",
        summary
            .map(
                s ->
                    Model.of(
                        "templateCode", s.kind().templateCode(),
                        "version", s.version(),
                        "statute", s.kind().statute(),
                        "regulations", s.kind().regulations()))
            .orElse(null));
    model.putAll(letter.model());
    try {
      PebbleTemplate template = engine.getTemplate(code);
      StringWriter out = new StringWriter();
      template.evaluate(out, model, Locale.UK);
      return out.toString();
    } catch (PebbleException e) {
      throw new LetterTemplateException(code, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, ?> letterheadModel() {
    ContactDetails contact = requireNonNull(letterhead.contact());
    Logo logo = letterhead.logo();
    return Model.of(
        "legalName", letterhead.legalName(),
        "addressForService", addressLines(requireNonNull(letterhead.addressForService())),
        "team", contact.teamName(),
        "telephone", contact.telephone(),
        "email", contact.email(),
        "website", contact.website(),
        "openingHours", contact.openingHours(),
        "paymentMethods",
            letterhead.paymentMethods().stream()
                .map(p -> Model.of("method", p.method(), "instructions", p.instructions()))
                .toList(),
        "logo",
            logo == null
                ? null
                : Model.of("dataUri", logo.dataUri(), "description", logo.description()));
  }

  private static Map<String, ?> letterModel(Letter letter) {
    Correspondence c = letter.correspondence();
    return Model.of(
        "templateCode", letter.templateCode(),
        "title", letter.title(),
        "date", EnGb.date(requireNonNull(c.letterDate())),
        "accountReference", requireNonNull(c.account()).value(),
        "debtStream", requireNonNull(c.stream()).displayName(),
        "byEmail", !c.onPaper());
  }

  private static Map<String, ?> recipientModel(Correspondence c) {
    List<String> names = c.parties().stream().map(Party::name).toList();
    return Model.of(
        "names",
        names,
        "addressLines",
        addressLines(requireNonNull(c.address())),
        "salutation",
        "Dear " + joinNames(names),
        "jointlyLiable",
        names.size() > 1);
  }

  private static Map<String, ?> addresseeModel(Addressee addressee) {
    String name = requireNonNull(addressee.name(), "name");
    List<String> names =
        addressee.department() == null ? List.of(name) : List.of(name, addressee.department());
    return Model.of(
        "names",
        names,
        "addressLines",
        addressLines(addressee.address()),
        "salutation",
        "Dear Sir or Madam",
        "jointlyLiable",
        false);
  }

  private static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  static List<String> addressLines(@Nullable PostalAddress address) {
    requireNonNull(address, "address");
    List<String> lines = new ArrayList<>(address.lines());
    lines.add(address.town());
    if (!address.postcode().isBlank()) {
      lines.add(address.postcode());
    }
    if (address.isOverseas()) {
      lines.add(
          new Locale("", address.countryCode())
              .getDisplayCountry(Locale.UK)
              .toUpperCase(Locale.UK));
    }
    return List.copyOf(lines);
  }
}
