package org.homeownership.recovery.ledger;

/**
 * An entry posted with an external reference that the account already has for a different entry:
 * the same payment reference with another amount or date, say. Nothing was written.
 */
public final class ExternalReferenceConflictException extends InvalidPostingException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the account, the reference and the entry already posted with it. */
  public ExternalReferenceConflictException(
      String account, String externalReference, EntryId existing) {
    super(
        "account "
            + account
            + ": external reference '"
            + externalReference
            + "' is already posted as entry "
            + existing
            + " with different details");
  }
}
