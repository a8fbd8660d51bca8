package org.homeownership.recovery.examples;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: builds a small synthetic council and prints what the library makes of it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a synthetic council's leasehold accounts for the 2025/26 service charge year,",
      "posts charges and payments from a fixed seed, and prints each account's position,",
      "the portfolio's aged debt and the statement of the account most in arrears."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--leaseholders",
      defaultValue = "24",
      description = "How many leasehold accounts to create (default: ${DEFAULT-VALUE}).")
  int leaseholders;

  @Option(
      names = "--seed",
      defaultValue = "2025",
      description =
          "The random seed; the same seed gives the same output (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--as-of",
      defaultValue = "2026-03-31",
      description = "The date to report as of (default: ${DEFAULT-VALUE}).")
  LocalDate asOf;

  @Override
  public Integer call() {
    if (leaseholders < 1 || leaseholders > 100_000) {
      System.err.println("--leaseholders must be from 1 to 100000, not " + leaseholders);
      return 2;
    }
    System.out.print(DemoCouncil.generate(leaseholders, seed).report(asOf));
    return 0;
  }
}
