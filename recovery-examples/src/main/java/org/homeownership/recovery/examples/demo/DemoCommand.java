package org.homeownership.recovery.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.examples.NoDatabaseException;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: builds a synthetic council, simulates two service charge years of billing, debtor
 * behaviour and weekly recovery sweeps, and writes the worklist, the aged debt, sample letters and
 * a report to the output folder. See docs/demo.md.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a synthetic council's two years of billing and weekly recovery.",
      "Builds a synthetic council from a seed, simulates two service charge years of billing and",
      "debtor behaviour with a recovery sweep every week, and writes the worklist, the aged debt,",
      "sample letters (PDF) and a report to the output folder. The same seed gives the same files."
    })
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--seed",
      defaultValue = "2025",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--size",
      defaultValue = "small",
      converter = CouncilSize.Converter.class,
      paramLabel = "SIZE",
      description =
          "small (about 160 dwellings), medium (800), large (4000) or a number of dwellings"
              + " (default: ${DEFAULT-VALUE}).")
  CouncilSize size;

  @Option(
      names = "--from",
      defaultValue = "2024-04-01",
      paramLabel = "DATE",
      description =
          "The first service charge year's first day; two years are simulated and swept to eight"
              + " weeks after (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(
      names = "--output",
      defaultValue = "demo-output",
      paramLabel = "FOLDER",
      description =
          "The output folder, emptied of the demo's files first (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--no-progress",
      description = "No progress bar (it is also left out when the output is not a terminal).")
  boolean noProgress;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Override
  public Integer call() throws IOException, SQLException {
    long started = System.nanoTime();
    quietLibraries();
    try {
      OutputFolder.prepare(output);
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    DatabaseOptions db = database;
    String url = db.jdbcUrl();
    javax.sql.DataSource source;
    boolean h2 = db.isH2();
    if (url.equals(DEFAULT_URL)) {
      url = "jdbc:h2:file:" + output.toAbsolutePath().resolve("recovery");
      source = db.dataSource(url);
    } else {
      try {
        source = db.dataSource();
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }
    DemoSimulation.Settings settings = new DemoSimulation.Settings(size, seed, from);
    if (settings.asOf().isAfter(LAST_SUPPORTED)) {
      System.err.println(
          "--from "
              + from
              + " runs to "
              + settings.asOf()
              + ", past "
              + LAST_SUPPORTED
              + " where the shipped calendar data ends; choose an earlier --from");
      return 2;
    }
    OpenStore opened;
    try {
      opened = OpenStore.create(source, url);
    } catch (NoDatabaseException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    DemoResult result;
    try (opened) {
      JdbcStore store = opened.store();
      if (!h2) {
        try (var existing = store.all()) {
          if (existing.findAny().isPresent()) {
            System.err.println(
                "the database at --jdbc-url already holds accounts; the demo needs an empty one");
            return 2;
          }
        }
      }
      try (ProgressBar bar = progressBar(settings.weeks())) {
        result =
            new DemoSimulation(
                    settings,
                    store,
                    output.resolve(OutputFolder.LETTERS),
                    week -> {
                      if (bar != null) {
                        bar.step();
                        bar.setExtraMessage(week.toString());
                      }
                    })
                .run();
      }
    }
    DemoReport report = new DemoReport(result);
    report.write(output);
    PrintStream out = System.out;
    out.print(report.summary(output));
    out.printf(
        "  database: %s%n  finished in %.1f s%n",
        h2 ? output.resolve("recovery.mv.db") : url, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /** The data source default, which the demo places in its output folder instead. */
  static final String DEFAULT_URL = "jdbc:h2:file:./demo-output/recovery";

  /** The last day the shipped calendar data (bank holidays) covers. */
  static final LocalDate LAST_SUPPORTED = LocalDate.of(2026, 12, 31);

  /**
   * Keeps the libraries' chatter off the terminal: the PDF renderer's timing messages, and SLF4J's
   * warning that no logging back end is on the class path (the demo needs none).
   */
  private static void quietLibraries() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private ProgressBar progressBar(int weeks) {
    if (noProgress || System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("Simulating weeks")
        .setInitialMax(weeks)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200)
        .build();
  }
}
