package org.homeownership.recovery.ageing;

import java.time.LocalDate;
import java.util.EnumMap;
import org.homeownership.recovery.allocation.OutstandingAmounts;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * Outstanding pence summed per charge type (by ordinal) and band, as {@link ArrearsAgeing} and
 * {@link PortfolioAgeing} are told them; an {@code EnumMap} is made only for the {@link AgedDebt}
 * at the end. Also keeps what is disputed, and what is overdue on the account being aged (from
 * {@link #startAccount()}). Mutable; one thread.
 */
final class BandTally implements OutstandingAmounts {

  private static final ChargeType[] CHARGE_TYPES = ChargeType.values();

  private final AgeingBands bands;
  private final LocalDate asOf;
  private final long asOfDay;
  private final long[][] pence = new long[CHARGE_TYPES.length][];
  private long disputed;
  private long overdue;

  BandTally(AgeingBands bands, LocalDate asOf) {
    this.bands = bands;
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
  }

  /** Begins an account: what it has overdue is counted from nothing. */
  void startAccount() {
    overdue = 0;
  }

  /** Whether the account being aged has anything outstanding past the first band. */
  boolean accountInArrears() {
    return overdue > 0;
  }

  @Override
  public void outstanding(ChargeType chargeType, long dueDay, long outstanding, boolean inDispute) {
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

  /** The aged debt of what was told, with the given unallocated credit and account counts. */
  AgedDebt agedDebt(long unallocated, long accounts, long accountsInArrears) {
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
        accounts,
        accountsInArrears);
  }
}
