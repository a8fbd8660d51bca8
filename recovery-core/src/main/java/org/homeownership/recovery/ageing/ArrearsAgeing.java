package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.OutstandingAmounts;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
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
    Bands aged = new Bands(allocation.asOf());
    for (ChargeAllocation charge : allocation.charges()) {
      long outstanding = charge.outstanding().pence();
      if (outstanding != 0) {
        DebitEntry debit = charge.charge();
        aged.outstanding(
            debit.chargeType(), debit.dueDate().toEpochDay(), outstanding, charge.disputed());
      }
    }
    return aged.result(allocation.unallocatedCredit().pence());
  }

  /**
   * The aged debt of {@code ledger} as of {@code asOf} under {@code allocator}, with no charge
   * disputed: the same figures as {@code age(allocator.allocate(ledger, asOf))}, without building
   * the allocation's records (see {@link PaymentAllocator#outstanding}).
   */
  public AgedDebt age(Ledger ledger, LocalDate asOf, PaymentAllocator allocator) {
    return age(ledger, asOf, allocator, Set.of());
  }

  /**
   * The aged debt of {@code ledger} as of {@code asOf} under {@code allocator}, with the charges
   * {@code disputed} left out of allocation: the same figures as {@code
   * age(allocator.allocate(ledger, asOf, disputed))}, without building the allocation's records
   * (see {@link PaymentAllocator#outstanding}).
   */
  public AgedDebt age(
      Ledger ledger, LocalDate asOf, PaymentAllocator allocator, Set<EntryId> disputed) {
    Bands aged = new Bands(asOf);
    long unallocated = allocator.outstandingAmounts(ledger, asOf, disputed, aged);
    return aged.result(unallocated);
  }

  /**
   * Outstanding pence summed per charge type (by ordinal) and band; an {@code EnumMap} is made only
   * at the end.
   */
  private final class Bands implements OutstandingAmounts {
    private final LocalDate asOf;
    private final long asOfDay;
    private final long[][] pence = new long[CHARGE_TYPES.length][];
    private long disputed;
    private long overdue;

    Bands(LocalDate asOf) {
      this.asOf = asOf;
      this.asOfDay = asOf.toEpochDay();
    }

    @Override
    public void outstanding(
        ChargeType chargeType, long dueDay, long outstanding, boolean inDispute) {
      // ChronoUnit.DAYS.between(dueDate, asOf), as day numbers.
      long daysOverdue = asOfDay - dueDay;
      int type = chargeType.ordinal();
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
      if (inDispute) {
        disputed = Math.addExact(disputed, outstanding);
      }
    }

    AgedDebt result(long unallocated) {
      EnumMap<ChargeType, BandAmounts> byType = new EnumMap<>(ChargeType.class);
      for (int type = 0; type < pence.length; type++) {
        if (pence[type] != null) {
          byType.put(CHARGE_TYPES[type], BandAmounts.ofPence(pence[type]));
        }
      }
      return new AgedDebt(
          asOf,
          bands,
          byType,
          Money.ofPence(unallocated),
          Money.ofPence(disputed),
          1,
          overdue > 0 ? 1 : 0);
    }
  }
}
