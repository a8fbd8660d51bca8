package org.homeownership.recovery.examples.scenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --scenario FILE.json [--as-of DATE] [--output FILE]}: checks a scenario file,
 * runs the library on it and writes the results as JSON. A file with any problem is rejected with
 * every problem listed (field, line, column) and exit status 2; nothing is evaluated.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the library on a scenario file and writes the results as JSON.",
      "Reads a scenario (dwellings, accounts, ledger entries, holds, demands, arrangements,",
      "a recovery policy and the date), runs the library on it and writes JSON: balances, aged",
      "debt, statutory checks, arrangement states and each account's recovery decision with",
      "its reasons. The format is in docs/scenarios.md and docs/schema/scenario.schema.json."
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "FILE.json",
      description = "The scenario file.")
  @Nullable Path scenario;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluate as of this date instead of the scenario's asOf.")
  @Nullable LocalDate asOf;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the JSON here instead of to standard output.")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    Path file = java.util.Objects.requireNonNull(scenario, "--scenario");
    if (!Files.isRegularFile(file)) {
      err.println("--scenario " + file + ": no such file");
      return 2;
    }
    Scenario read;
    try {
      read = new ScenarioReader().read(file);
    } catch (ScenarioRejectedException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (asOf != null) {
      read =
          new Scenario(
              read.name(),
              read.description(),
              asOf,
              read.policy(),
              read.dwellings(),
              read.leases(),
              read.accounts(),
              read.arrangements(),
              read.monitoring(),
              read.budget());
    }
    String json;
    try {
      json = Json.write(new ScenarioRunner().run(read));
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(file.getFileName() + ": cannot be evaluated: " + e.getMessage());
      return 2;
    }
    if (output != null) {
      Files.writeString(output, json, StandardCharsets.UTF_8);
      err.println("wrote " + output);
    } else {
      out.print(json);
      out.flush();
    }
    return 0;
  }
}
