package org.homeownership.recovery.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's output folder. It is recreated on every run, but only if it is the demo's own: a
 * folder that exists, is not empty and has no {@value #MARKER} file is refused, so that a mistyped
 * {@code --output} never deletes anything else. Only the files the demo writes are deleted.
 */
final class OutputFolder {

  /** The marker file the demo leaves in its output folder. */
  static final String MARKER = ".recovery-demo";

  /** The files the demo writes at the top of the folder. */
  static final List<String> FILES =
      List.of(
          "worklist.csv",
          "worklist.txt",
          "aged-debt.csv",
          "notices.csv",
          "report.md",
          "recovery.mv.db",
          "recovery.trace.db",
          "recovery.lock.db",
          MARKER);

  /** The sample letters' folder. */
  static final String LETTERS = "letters";

  private OutputFolder() {}

  /**
   * Empties {@code folder} of the demo's files (creating it if needed) and marks it as the demo's.
   *
   * @throws IllegalStateException if the folder is not empty and is not a demo output folder
   */
  static void prepare(Path folder) throws IOException {
    if (Files.exists(folder)) {
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("--output " + folder + " is a file, not a folder");
      }
      boolean empty;
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        empty = !entries.iterator().hasNext();
      }
      if (!empty && !Files.exists(folder.resolve(MARKER))) {
        throw new IllegalStateException(
            "--output "
                + folder
                + " is not empty and is not a demo output folder (it has no "
                + MARKER
                + " file); choose another folder or empty it");
      }
      for (String file : FILES) {
        Files.deleteIfExists(folder.resolve(file));
      }
      Path letters = folder.resolve(LETTERS);
      if (Files.isDirectory(letters)) {
        try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(letters, "*.pdf")) {
          for (Path pdf : pdfs) {
            Files.delete(pdf);
          }
        }
      }
    }
    Files.createDirectories(folder.resolve(LETTERS));
    Files.writeString(
        folder.resolve(MARKER),
        "This folder is written by the Home Ownership Recovery demo and emptied on each run.\n",
        StandardCharsets.UTF_8);
  }
}
