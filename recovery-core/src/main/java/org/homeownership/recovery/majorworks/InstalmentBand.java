package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * One row of a council's major works payment table: charges from {@code from} up to {@code to} may
 * be paid over up to {@code interestFreeMonths} interest-free plus {@code interestBearingMonths}
 * with interest (Haringey: £5,000–£9,999 over 48 + 12; LAW-AND-PRACTICE.md §3.4).
 *
 * @param from the smallest charge in the band
 * @param to the largest charge in the band; empty for the open-ended top band
 * @param interestFreeMonths months allowed without interest
 * @param interestBearingMonths further months allowed with interest
 */
public record InstalmentBand(
    Money from, Optional<Money> to, int interestFreeMonths, int interestBearingMonths) {

  /** Checks the band is well formed. */
  public InstalmentBand {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (interestFreeMonths < 0 || interestBearingMonths < 0) {
      throw new IllegalArgumentException("a payment band cannot allow negative months");
    }
    if (to.isPresent() && to.get().isLessThan(from)) {
      throw new IllegalArgumentException(
          "payment band ends at " + to.get() + ", below its start " + from);
    }
  }

  /** True if {@code charge} falls in this band. */
  public boolean contains(Money charge) {
    return !charge.isLessThan(from) && to.map(t -> !charge.isGreaterThan(t)).orElse(true);
  }

  /** The longest term allowed. */
  public int maximumMonths() {
    return interestFreeMonths + interestBearingMonths;
  }
}
