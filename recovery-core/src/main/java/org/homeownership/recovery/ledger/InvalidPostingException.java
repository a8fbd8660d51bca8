package org.homeownership.recovery.ledger;

/**
 * A ledger entry that cannot be posted; the message names the account and what is wrong, and
 * nothing was written.
 */
public class InvalidPostingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public InvalidPostingException(String message) {
    super(message);
  }
}
