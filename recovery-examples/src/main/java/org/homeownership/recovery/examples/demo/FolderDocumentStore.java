package org.homeownership.recovery.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.notice.DocumentStore;

/**
 * The demo's {@link DocumentStore}: a folder of PDFs, each named after its template and account
 * ({@code letter-of-claim-SC-00042.pdf}; a second letter from the same template to the same account
 * gets {@code -2}, and so on). The reference it returns is the path under the output folder, such
 * as {@code letters/letter-of-claim-SC-00042.pdf}. A real council would use its document management
 * system.
 */
final class FolderDocumentStore implements DocumentStore {

  private final Path folder;
  private final Set<String> names = new HashSet<>();

  /** A store writing into {@code folder}, created when the first document comes. */
  FolderDocumentStore(Path folder) {
    this.folder = folder;
  }

  @Override
  public String store(AccountId account, String templateCode, String contentHash, byte[] content) {
    String stem = templateCode + "-" + account.value();
    String name = stem + ".pdf";
    for (int n = 2; !names.add(name); n++) {
      name = stem + "-" + n + ".pdf";
    }
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder.getFileName() + "/" + name;
  }
}
