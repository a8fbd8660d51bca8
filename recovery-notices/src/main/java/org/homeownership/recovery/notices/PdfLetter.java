package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.util.Arrays;
import java.util.Optional;

/**
 * A letter rendered to a tagged PDF/A-3a document. The same letter with the same data always gives
 * the same bytes, so a stored copy is verified by comparing its SHA-256 hash with {@link
 * #sha256()}.
 */
public final class PdfLetter {

  private final String templateCode;
  private final byte[] bytes;
  private final String sha256;
  private final Optional<SummaryOfRights> enclosedSummary;

  PdfLetter(String templateCode, byte[] bytes) {
    this(templateCode, bytes, Optional.empty());
  }

  PdfLetter(String templateCode, byte[] bytes, Optional<SummaryOfRights> enclosedSummary) {
    this.enclosedSummary = requireNonNull(enclosedSummary, "enclosedSummary");
    this.templateCode = requireNonNull(templateCode, "templateCode");
    this.bytes = bytes.clone();
    this.sha256 = Hashing.sha256().hashBytes(bytes).toString();
  }

  /**
   * The prescribed summary of rights and obligations enclosed, with its version, if the letter
   * needed one. The version is also in the PDF's keywords, so the stored copy records it.
   */
  public Optional<SummaryOfRights> enclosedSummary() {
    return enclosedSummary;
  }

  /** The template it was rendered from. */
  public String templateCode() {
    return templateCode;
  }

  /** The PDF file's bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The PDF file's size in bytes. */
  public int size() {
    return bytes.length;
  }

  /** The SHA-256 hash of the bytes, as 64 lower-case hexadecimal digits. */
  public String sha256() {
    return sha256;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PdfLetter o
        && templateCode.equals(o.templateCode)
        && Arrays.equals(bytes, o.bytes);
  }

  @Override
  public int hashCode() {
    return sha256.hashCode();
  }

  @Override
  public String toString() {
    return "PdfLetter{" + templateCode + ", " + bytes.length + " bytes, sha256=" + sha256 + "}";
  }
}
