package org.homeownership.recovery.notice;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.ServiceMethod;

/**
 * The record of a notice or letter issued: what was sent, to which account, from which template and
 * version, when, how, and when it is deemed served, with the hash that proves a stored copy is the
 * one sent (the evidence a court or tribunal asks for, GUIDE.md §1).
 *
 * @param account the account the notice is about
 * @param templateCode the code of the template it was produced from, such as {@code
 *     letter-of-claim}
 * @param templateVersion the version of the template: {@code sha256:} followed by the SHA-256 of
 *     the sources of every template file the letter was produced from (see the {@code
 *     recovery-notices} module's {@code TemplateVersion})
 * @param contentHash the SHA-256 of the document's bytes, 64 lower-case hexadecimal digits
 * @param issuedOn the date of the notice, printed on it
 * @param serviceMethod how it was sent
 * @param deemedServed the day it is deemed served, from a {@link
 *     org.homeownership.recovery.calendar.DeemedService}; not before {@code issuedOn}
 * @param documentReference the {@link DocumentStore}'s reference for the stored copy
 */
public record IssuedNotice(
    AccountId account,
    String templateCode,
    String templateVersion,
    String contentHash,
    LocalDate issuedOn,
    ServiceMethod serviceMethod,
    LocalDate deemedServed,
    String documentReference) {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** Checks every part is given, the hash is a SHA-256 and service is not before the issue. */
  public IssuedNotice {
    requireNonNull(account, "account");
    requireNonNull(templateCode, "templateCode");
    requireNonNull(templateVersion, "templateVersion");
    requireNonNull(contentHash, "contentHash");
    requireNonNull(issuedOn, "issuedOn");
    requireNonNull(serviceMethod, "serviceMethod");
    requireNonNull(deemedServed, "deemedServed");
    requireNonNull(documentReference, "documentReference");
    if (templateCode.isBlank()) {
      throw new IllegalArgumentException("templateCode must not be blank");
    }
    if (templateVersion.isBlank()) {
      throw new IllegalArgumentException("templateVersion must not be blank");
    }
    if (!SHA_256.matcher(contentHash).matches()) {
      throw new IllegalArgumentException(
          "contentHash must be 64 lower-case hexadecimal digits, not '" + contentHash + "'");
    }
    if (documentReference.isBlank()) {
      throw new IllegalArgumentException("documentReference must not be blank");
    }
    if (deemedServed.isBefore(issuedOn)) {
      throw new IllegalArgumentException(
          "deemedServed " + deemedServed + " is before issuedOn " + issuedOn);
    }
  }
}
