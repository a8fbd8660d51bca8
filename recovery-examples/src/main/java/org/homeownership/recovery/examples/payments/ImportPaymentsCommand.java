package org.homeownership.recovery.examples.payments;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeownership.recovery.examples.DatabaseOptions;
import org.homeownership.recovery.examples.NoDatabaseException;
import org.homeownership.recovery.examples.OpenStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-payments FILE.csv}: checks a payment file and posts it to the database in one
 * batch, idempotently. Exit status 0 when posted, 1 when the file was rejected or had bad rows, 2
 * when it could not be read.
 */
@Command(
    name = "import-payments",
    mixinStandardHelpOptions = true,
    description = {
      "Posts a payment file to the database, all or nothing, idempotently.",
      "Posts a payment file (CSV: date,reference,amount,method,account; see",
      "docs/payment-file.md). Every row is checked first; by default a file with any bad row",
      "is rejected and nothing is posted. Running the same file again posts nothing new."
    })
public final class ImportPaymentsCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The payment file.")
  @Nullable Path file;

  @Option(
      names = "--on-bad-rows",
      defaultValue = "REJECT_FILE",
      paramLabel = "POLICY",
      description =
          "REJECT_FILE (default: post nothing if any row is bad) or POST_GOOD_ROWS (post the"
              + " good rows, report the bad ones).")
  BadRowPolicy policy = BadRowPolicy.REJECT_FILE;

  @Override
  public Integer call() {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    Path path = java.util.Objects.requireNonNull(file, "FILE.csv");
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(path + ": cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")");
      return 2;
    }
    try (OpenStore open = OpenStore.existing(database)) {
      ImportResult result = new PaymentImport(open.store()).importFile(text, policy);
      (result.rejected() ? err : out).print(result.describe());
      out.flush();
      err.flush();
      return result.rejected() || !result.problems().isEmpty() ? 1 : 0;
    } catch (NoDatabaseException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }
}
