package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where templates are found: a council's own directory first, if it has one, then the defaults
 * shipped in the jar. A council overrides any template, the shared {@code layout} or a {@code
 * partials/} file by putting a file of the same name in its directory; no rebuild is needed.
 */
public final class TemplateSource {

  /** Where the default templates live on the class path. */
  public static final String CLASSPATH_PREFIX = "org/homeownership/recovery/notices/templates";

  /** The file suffix of every template. */
  public static final String SUFFIX = ".peb";

  private final Optional<Path> councilDirectory;

  private TemplateSource(Optional<Path> councilDirectory) {
    this.councilDirectory = councilDirectory;
  }

  /** Only the default templates shipped in the jar. */
  public static TemplateSource defaults() {
    return new TemplateSource(Optional.empty());
  }

  /**
   * The council's directory first, then the defaults.
   *
   * @throws IllegalArgumentException if {@code directory} is not a readable directory
   */
  public static TemplateSource councilDirectoryThenDefaults(Path directory) {
    requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
      throw new IllegalArgumentException(
          "the council's template directory is not a readable directory: " + directory);
    }
    return new TemplateSource(Optional.of(directory.toAbsolutePath().normalize()));
  }

  /** The council's directory, if any. */
  public Optional<Path> councilDirectory() {
    return councilDirectory;
  }

  Loader<?> loader() {
    List<Loader<?>> chain = new ArrayList<>();
    councilDirectory.ifPresent(
        dir -> {
          FileLoader files = new FileLoader(dir.toString());
          files.setSuffix(SUFFIX);
          chain.add(files);
        });
    ClasspathLoader defaults = new ClasspathLoader(TemplateSource.class.getClassLoader());
    defaults.setPrefix(CLASSPATH_PREFIX);
    defaults.setSuffix(SUFFIX);
    chain.add(defaults);
    return new DelegatingLoader(chain);
  }
}
