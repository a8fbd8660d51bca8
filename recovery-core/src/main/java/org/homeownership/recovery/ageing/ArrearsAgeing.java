package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.CreditAllocation;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.money.Money;

/**
 * Ages an account's outstanding charges. Each charge's outstanding part ages from the charge's own
 * due date, so a part payment never makes the rest of the debt look younger or older than it is.
 */
public final class ArrearsAgeing {

  private static final ChargeType[] CHARGE_TYPES = ChargeType.values();

  private final AgeingBands bands;

  /** Ageing into the given bands. */
  public ArrearsAgeing(AgeingBands bands) {
    this.bands = requireNonNull(bands, "bands");
  }

  /** The bands this ages into. */
  public AgeingBands bands() {
    return bands;
  }

  /** The aged debt of the account whose allocation this is, as of the allocation's date. */
  public AgedDebt age(Allocation allocation) {
    // Pence per charge type (by ordinal) and band; an EnumMap is made only at the end.
    long[][] pence = new long[CHARGE_TYPES.length][];
    long asOfDay = allocation.asOf().toEpochDay();
    long disputed = 0;
    long overdue = 0;
    for (ChargeAllocation charge : allocation.charges()) {
      long outstanding = charge.outstanding().pence();
      if (outstanding == 0) {
        continue;
      }
      DebitEntry debit = charge.charge();
      // ChronoUnit.DAYS.between(dueDate, asOf), as day numbers.
      long daysOverdue = asOfDay - debit.dueDate().toEpochDay();
      int type = debit.chargeType().ordinal();
      long[] row = pence[type];
      if (row == null) {
        row = new long[bands.size()];
        pence[type] = row;
      }
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
    for (int type = 0; type < pence.length; type++) {
      if (pence[type] != null) {
        byType.put(CHARGE_TYPES[type], BandAmounts.ofPence(pence[type]));
      }
    }
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
