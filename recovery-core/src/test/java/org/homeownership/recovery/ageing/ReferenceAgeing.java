package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.CreditAllocation;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * {@link ArrearsAgeing} as it was before its fast path (an {@code EnumMap} of rows, {@code
 * ChronoUnit.DAYS.between} per charge), kept word for word as the exact path the fast one must
 * equal. Each charge's outstanding part ages from the charge's own due date.
 */
final class ReferenceAgeing {

  private final AgeingBands bands;

  /** Ageing into the given bands. */
  ReferenceAgeing(AgeingBands bands) {
    this.bands = requireNonNull(bands, "bands");
  }

  /** The bands this ages into. */
  AgeingBands bands() {
    return bands;
  }

  /** The aged debt of the account whose allocation this is, as of the allocation's date. */
  AgedDebt age(Allocation allocation) {
    EnumMap<ChargeType, long[]> pence = new EnumMap<>(ChargeType.class);
    long disputed = 0;
    long overdue = 0;
    for (ChargeAllocation charge : allocation.charges()) {
      long outstanding = charge.outstanding().pence();
      if (outstanding == 0) {
        continue;
      }
      long daysOverdue = ChronoUnit.DAYS.between(charge.charge().dueDate(), allocation.asOf());
      long[] row = pence.computeIfAbsent(charge.charge().chargeType(), t -> new long[bands.size()]);
      int band = bands.indexFor(daysOverdue);
      row[band] = Math.addExact(row[band], outstanding);
      if (band > 0) {
        overdue = Math.addExact(overdue, outstanding);
      }
      if (charge.disputed()) {
        disputed = Math.addExact(disputed, outstanding);
      }
    }
    EnumMap<ChargeType, BandAmounts> byType = new EnumMap<>(ChargeType.class);
    pence.forEach((type, row) -> byType.put(type, BandAmounts.ofPence(row)));
    return new AgedDebt(
        allocation.asOf(),
        bands,
        byType,
        Money.ofPence(unallocated(allocation)),
        Money.ofPence(disputed),
        1,
        overdue > 0 ? 1 : 0);
  }

  /** {@link Allocation#unallocatedCredit()} in pence, without a {@code Money} per credit. */
  private static long unallocated(Allocation allocation) {
    long pence = 0;
    for (CreditAllocation credit : allocation.credits()) {
      pence = Math.addExact(pence, credit.unallocated().pence());
    }
    return pence;
  }
}
