package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

/**
 * A letter rendered to HTML (well-formed XHTML, so it also feeds the PDF renderer).
 *
 * @param templateCode the template it was rendered from
 * @param title the letter's title
 * @param html the document
 */
public record HtmlLetter(String templateCode, String title, String html) {

  /** Checks every part is given. */
  public HtmlLetter {
    requireNonNull(templateCode, "templateCode");
    requireNonNull(title, "title");
    requireNonNull(html, "html");
  }

  @Override
  public String toString() {
    return "HtmlLetter{" + templateCode + ", " + html.length() + " characters}";
  }
}
