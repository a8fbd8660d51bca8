package org.homeownership.recovery.examples;

import org.homeownership.recovery.examples.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The example application's command line: {@code java -jar recovery-examples.jar demo}. */
@Command(
    name = "recovery-examples",
    mixinStandardHelpOptions = true,
    version = "Home Ownership Recovery examples 0.1.0",
    description = "Runs the Home Ownership Recovery library on example data.",
    subcommands = {
      DemoCommand.class,
      org.homeownership.recovery.examples.scenario.EvaluateCommand.class,
      org.homeownership.recovery.examples.payments.ImportPaymentsCommand.class,
      org.homeownership.recovery.examples.account.StatementCommand.class,
      org.homeownership.recovery.examples.account.WorklistCommand.class,
      org.homeownership.recovery.examples.account.CaseFileCommand.class
    })
public final class RecoveryExamples implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    quiet();
    System.exit(new CommandLine(new RecoveryExamples()).execute(args));
  }

  /** Keeps the PDF renderer's timing messages off the terminal. */
  public static void quiet() {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
