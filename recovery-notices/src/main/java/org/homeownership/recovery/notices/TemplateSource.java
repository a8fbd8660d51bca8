package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  private final Map<SummaryOfRights.Kind, SummaryOfRights> summaries;

  private TemplateSource(
      Optional<Path> councilDirectory, Map<SummaryOfRights.Kind, SummaryOfRights> summaries) {
    this.councilDirectory = councilDirectory;
    this.summaries = summaries;
  }

  /** Only the default templates shipped in the jar. */
  public static TemplateSource defaults() {
    return new TemplateSource(Optional.empty(), Map.of());
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
    return new TemplateSource(Optional.of(directory.toAbsolutePath().normalize()), Map.of());
  }

  /**
   * The same source, declaring that the council's directory holds its copy of the prescribed
   * summary {@code kind} as {@code <kind.templateCode()>.peb}, in the given version. The library
   * ships no copy of any prescribed summary (see {@link SummaryOfRights}); a demand that needs one
   * is refused until the council supplies it here.
   */
  public TemplateSource withSummaryOfRights(SummaryOfRights.Kind kind, String version) {
    Map<SummaryOfRights.Kind, SummaryOfRights> more = new EnumMap<>(SummaryOfRights.Kind.class);
    more.putAll(summaries);
    more.put(kind, new SummaryOfRights(kind, version));
    return new TemplateSource(councilDirectory, Map.copyOf(more));
  }

  /**
   * The summary {@code kind}, if the council has declared its version and its file is in the
   * council's directory.
   */
  public Optional<SummaryOfRights> summaryOfRights(SummaryOfRights.Kind kind) {
    return Optional.ofNullable(summaries.get(kind))
        .filter(
            s ->
                councilDirectory
                    .map(dir -> Files.isRegularFile(dir.resolve(kind.templateCode() + SUFFIX)))
                    .orElse(false));
  }

  /** The council's directory, if any. */
  public Optional<Path> councilDirectory() {
    return councilDirectory;
  }

  /**
   * The source of the template {@code name} (such as {@code partials/contact}), from the council's
   * directory if it has one there, otherwise from the jar; empty if neither has it.
   */
  Optional<String> source(String name) {
    if (councilDirectory.isPresent()) {
      Path dir = councilDirectory.get();
      Path file = dir.resolve(name + SUFFIX).normalize();
      if (file.startsWith(dir) && Files.isRegularFile(file)) {
        try {
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    try (InputStream in =
        TemplateSource.class
            .getClassLoader()
            .getResourceAsStream(CLASSPATH_PREFIX + "/" + name + SUFFIX)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
