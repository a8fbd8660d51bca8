package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;

/**
 * Ages an account's outstanding charges. Each charge's outstanding part ages from the charge's own
 * due date, so a part payment never makes the rest of the debt look younger or older than it is.
 */
public final class ArrearsAgeing {

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
    BandTally aged = new BandTally(bands, allocation.asOf());
    for (ChargeAllocation charge : allocation.charges()) {
      long outstanding = charge.outstanding().pence();
      if (outstanding != 0) {
        DebitEntry debit = charge.charge();
        aged.outstanding(
            debit.chargeType(), debit.dueDate().toEpochDay(), outstanding, charge.disputed());
      }
    }
    return oneAccount(aged, allocation.unallocatedCredit().pence());
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
    BandTally aged = new BandTally(bands, asOf);
    return oneAccount(aged, allocator.outstandingAmounts(ledger, asOf, disputed, aged));
  }

  private static AgedDebt oneAccount(BandTally aged, long unallocated) {
    return aged.agedDebt(unallocated, 1, aged.accountInArrears() ? 1 : 0);
  }
}
