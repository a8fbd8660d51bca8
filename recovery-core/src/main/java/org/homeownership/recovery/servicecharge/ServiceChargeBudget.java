package org.homeownership.recovery.servicecharge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.immutables.value.Value;

/**
 * The cost heads of one service charge year, as estimated or as actually incurred, and the
 * management fee the council adds on top where it charges one. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ServiceChargeBudget {

  ServiceChargeBudget() {}

  /** A new builder. */
  public static ImmutableServiceChargeBudget.Builder builder() {
    return ImmutableServiceChargeBudget.builder();
  }

  /** The service charge year. */
  public abstract DateRange year();

  /** Estimate or actual. */
  public abstract BudgetStage stage();

  /** The heads of cost; names are unique within a pool. */
  public abstract List<CostHead> heads();

  /**
   * The management fee as a fraction of each dwelling's share of the heads (0.15 for 15%,
   * Southampton's rate), if the council charges one.
   */
  public abstract Optional<BigDecimal> managementFeeRate();

  @Value.Check
  void check() {
    if (managementFeeRate().isPresent()
        && (managementFeeRate().get().signum() < 0
            || managementFeeRate().get().compareTo(BigDecimal.ONE) > 0)) {
      throw new IllegalArgumentException(
          "management fee rate must be from 0 to 1, not "
              + managementFeeRate().get().toPlainString());
    }
    long distinct = heads().stream().map(h -> h.pool() + "/" + h.name()).distinct().count();
    if (distinct != heads().size()) {
      throw new IllegalArgumentException("a cost head is named twice in the same pool");
    }
  }
}
