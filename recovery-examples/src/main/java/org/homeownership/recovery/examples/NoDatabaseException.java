package org.homeownership.recovery.examples;

/**
 * The database a command needs is not there: no database at the URL, none of this library's tables
 * in it, or no accounts. The message names the URL and says to run {@code demo} first or pass
 * {@code --jdbc-url}.
 */
public final class NoDatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With {@code message}, which names the database URL. */
  public NoDatabaseException(String message) {
    super(message);
  }
}
