package org.homeownership.recovery.benchmarks;

import java.util.Arrays;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ledger.ChargeType;

/** Checks that the baseline and the domain sweep reach the same portfolio, penny for penny. */
final class SweepCheck {

  private SweepCheck() {}

  /**
   * The domain's aged debt in the baseline's layout.
   *
   * @see PencePortfolio#sweep
   */
  static long[] totals(AgedDebt aged) {
    int bands = aged.bands().size();
    int types = ChargeType.values().length;
    long[] totals = new long[types * bands + 3];
    aged.byChargeType()
        .forEach(
            (type, amounts) -> {
              for (int b = 0; b < bands; b++) {
                totals[type.ordinal() * bands + b] = amounts.get(b).pence();
              }
            });
    totals[types * bands] = aged.unallocatedCredit().pence();
    totals[types * bands + 1] = aged.accounts();
    totals[types * bands + 2] = aged.accountsInArrears();
    return totals;
  }

  /**
   * Throws unless the baseline's arrangement reviews ended in the same states, as many of each, as
   * {@code ArrangementMonitor}'s.
   *
   * @throws IllegalStateException naming both, if they differ
   */
  static void requireSameStates(long[] domain, long[] baseline) {
    if (!Arrays.equals(domain, baseline)) {
      throw new IllegalStateException(
          "baseline monitoring disagrees with ArrangementMonitor:\n domain   "
              + Arrays.toString(domain)
              + "\n baseline "
              + Arrays.toString(baseline));
    }
  }

  /**
   * Throws unless {@code baseline} equals the totals of {@code domain}.
   *
   * @throws IllegalStateException naming both, if they differ
   */
  static void requireAgreement(AgedDebt domain, long[] baseline) {
    long[] expected = totals(domain);
    if (!Arrays.equals(expected, baseline)) {
      throw new IllegalStateException(
          "baseline disagrees with the domain sweep:\n domain   "
              + Arrays.toString(expected)
              + "\n baseline "
              + Arrays.toString(baseline));
    }
  }
}
