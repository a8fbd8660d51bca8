package org.homeownership.recovery.arrangement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the council monitors arrangements: the method, the tolerance days, the missed-instalment
 * count and window, and what a failed Direct Debit collection does. Every figure is council policy,
 * held as effective-dated configuration; an example is in {@code docs/arrangements.md}.
 */
@Value.Immutable
public abstract class MonitoringPolicy {

  MonitoringPolicy() {}

  /** A new builder. */
  public static ImmutableMonitoringPolicy.Builder builder() {
    return ImmutableMonitoringPolicy.builder();
  }

  /** Which checks apply. */
  public abstract MonitoringMethod method();

  /** Days after its due date before an unpaid instalment counts against the debtor. */
  public abstract int toleranceDays();

  /** A breach when at least this many instalments are missed within the window. */
  public abstract int missedInstalmentsForBreach();

  /**
   * The window, in days up to and including the monitoring date, for counting missed instalments.
   */
  public abstract int missedInstalmentWindowDays();

  /**
   * True if a failed Direct Debit collection moves that instalment onto the next one, doubling it
   * (Rotherham, LAW-AND-PRACTICE.md §2.1 and §12.1); false if it simply counts as missed.
   */
  public abstract boolean doubleNextInstalmentAfterDirectDebitFailure();

  /** Cancel the arrangement once this many Direct Debit collections have failed, if set. */
  public abstract Optional<Integer> cancelAfterDirectDebitFailures();

  @Value.Check
  void check() {
    if (toleranceDays() < 0) {
      throw new IllegalArgumentException(
          "toleranceDays must not be negative, not " + toleranceDays());
    }
    if (missedInstalmentsForBreach() < 1) {
      throw new IllegalArgumentException(
          "missedInstalmentsForBreach must be at least 1, not " + missedInstalmentsForBreach());
    }
    if (missedInstalmentWindowDays() < 1) {
      throw new IllegalArgumentException(
          "missedInstalmentWindowDays must be at least 1, not " + missedInstalmentWindowDays());
    }
    cancelAfterDirectDebitFailures()
        .ifPresent(
            n -> {
              if (n < 1) {
                throw new IllegalArgumentException(
                    "cancelAfterDirectDebitFailures must be at least 1, not " + n);
              }
            });
  }
}
