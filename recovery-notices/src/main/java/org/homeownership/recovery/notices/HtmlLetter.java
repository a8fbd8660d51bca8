package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A letter rendered to HTML (well-formed XHTML, so it also feeds the PDF renderer).
 *
 * @param templateCode the template it was rendered from
 * @param title the letter's title
 * @param html the document
 * @param enclosedSummary the prescribed summary of rights and obligations enclosed, with its
 *     version, if the letter needed one: the record of what accompanied the demand
 */
public record HtmlLetter(
    String templateCode, String title, String html, Optional<SummaryOfRights> enclosedSummary) {

  /** A letter that encloses no summary of rights. */
  public HtmlLetter(String templateCode, String title, String html) {
    this(templateCode, title, html, Optional.empty());
  }

  /** Checks every part is given. */
  public HtmlLetter {
    requireNonNull(templateCode, "templateCode");
    requireNonNull(title, "title");
    requireNonNull(html, "html");
    requireNonNull(enclosedSummary, "enclosedSummary");
  }

  @Override
  public String toString() {
    return "HtmlLetter{" + templateCode + ", " + html.length() + " characters}";
  }
}
