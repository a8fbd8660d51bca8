package org.homeownership.recovery.notices;

/**
 * A template could not be found or could not be evaluated: a fault in the templates (such as a
 * council's override that names a variable that does not exist), not in the letter's data. The
 * message names the template, never the data.
 */
public final class LetterTemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LetterTemplateException(String templateCode, Throwable cause) {
    super(
        "template '" + templateCode + "' could not be rendered: " + cause.getClass().getName(),
        cause);
  }

  LetterTemplateException(String templateCode, String reason) {
    super("template '" + templateCode + "' could not be rendered: " + reason);
  }
}
