package org.homeownership.recovery.notice;

import org.homeownership.recovery.account.AccountId;

/**
 * Where the host keeps the copies of the documents it issues (its document management system, a
 * database table, a folder). The library hands over the bytes and keeps the reference it gets back
 * in the {@link IssuedNotice}; it never reads the store.
 */
public interface DocumentStore {

  /**
   * Keeps {@code content} and returns the reference by which the host will find it again.
   *
   * @param account the account the document is about
   * @param templateCode the code of the template it was produced from, such as {@code
   *     letter-of-claim}
   * @param contentHash the SHA-256 of {@code content}, 64 lower-case hexadecimal digits, for the
   *     store to check or index
   * @param content the document's bytes (a PDF)
   * @return the store's reference for the document: opaque to the library, not blank
   */
  String store(AccountId account, String templateCode, String contentHash, byte[] content);
}
