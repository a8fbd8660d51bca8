package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Set;
import org.homeownership.recovery.allocation.OutstandingAmounts;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;

/**
 * A portfolio's aged debt, summed account by account as each ledger is allocated, without an {@link
 * AgedDebt} for each account: the same figures as ageing each ledger with {@link
 * ArrearsAgeing#age(Ledger, LocalDate, PaymentAllocator, Set)} and summing with {@link
 * AgedDebt#summing}. For a sweep that needs only the portfolio's total.
 *
 * <p>Mutable and not safe for use by more than one thread at a time.
 */
public final class PortfolioAgeing {

  private static final ChargeType[] CHARGE_TYPES = ChargeType.values();

  private final AgeingBands bands;
  private final LocalDate asOf;
  private final long asOfDay;
  private final Tally tally = new Tally();

  /** An empty portfolio, to be aged into {@code bands} as of {@code asOf}. */
  public PortfolioAgeing(AgeingBands bands, LocalDate asOf) {
    this.bands = requireNonNull(bands, "bands");
    this.asOf = requireNonNull(asOf, "asOf");
    this.asOfDay = asOf.toEpochDay();
  }

  /** Adds the account of {@code ledger}, allocated by {@code allocator} with no charge disputed. */
  public PortfolioAgeing add(Ledger ledger, PaymentAllocator allocator) {
    return add(ledger, allocator, Set.of());
  }

  /**
   * Adds the account of {@code ledger}, allocated by {@code allocator} with the charges {@code
   * disputed} left out of allocation.
   */
  public PortfolioAgeing add(Ledger ledger, PaymentAllocator allocator, Set<EntryId> disputed) {
    tally.overdue = 0;
    long unallocated = allocator.outstandingAmounts(ledger, asOf, disputed, tally);
    tally.unallocated = Math.addExact(tally.unallocated, unallocated);
    tally.accounts++;
    if (tally.overdue > 0) {
      tally.accountsInArrears++;
    }
    return this;
  }

  /** The aged debt of the accounts added so far. */
  public AgedDebt total() {
    EnumMap<ChargeType, BandAmounts> byType = new EnumMap<>(ChargeType.class);
    for (int type = 0; type < tally.pence.length; type++) {
      if (tally.pence[type] != null) {
        byType.put(CHARGE_TYPES[type], BandAmounts.ofPence(tally.pence[type]));
      }
    }
    return new AgedDebt(
        asOf,
        bands,
        byType,
        Money.ofPence(tally.unallocated),
        Money.ofPence(tally.disputed),
        tally.accounts,
        tally.accountsInArrears);
  }

  /** Pence per charge type (by ordinal) and band, summed over the portfolio. */
  private final class Tally implements OutstandingAmounts {
    private final long[][] pence = new long[CHARGE_TYPES.length][];
    private long unallocated;
    private long disputed;
    private long accounts;
    private long accountsInArrears;

    /** The overdue amount of the account being added. */
    private long overdue;

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
  }
}
