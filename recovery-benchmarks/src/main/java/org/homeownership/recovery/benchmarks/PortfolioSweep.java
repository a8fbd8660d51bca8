package org.homeownership.recovery.benchmarks;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.ageing.PortfolioAgeing;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.ledger.Ledger;
import org.jspecify.annotations.Nullable;

/**
 * The nightly sweep as far as it exists today: for each account, allocation then ageing, summed
 * into the portfolio's aged debt. A sweep whose steps all do without the allocation ages each
 * account by the figures-only path and builds no allocation; if they need no account's aged debt
 * either, the portfolio is summed by {@link PortfolioAgeing} with no aged debt per account. Each
 * account passes through a list of {@link Step}s after it is aged, so arrangement monitoring and
 * the recovery decision (issue 9; not built yet) can be added as steps without changing how the
 * sweep is measured.
 */
public final class PortfolioSweep {

  /** Work done for one account once it is allocated and aged, such as a recovery decision. */
  @FunctionalInterface
  public interface Step {
    /**
     * Looks at one account's allocation and aged debt.
     *
     * @param allocation the account's full allocation, or {@code null} when no step of the sweep
     *     {@linkplain #needsAllocation() needs it} (the account was then aged by the figures-only
     *     path)
     * @param aged the account's aged debt, or {@code null} when no step of the sweep needs the
     *     allocation or {@linkplain #needsAgedDebt() the aged debt}
     */
    void accept(Ledger ledger, @Nullable Allocation allocation, @Nullable AgedDebt aged);

    /**
     * Whether this step reads the allocation. When no step of a sweep does, the sweep ages each
     * account by {@link ArrearsAgeing#age(Ledger, LocalDate, PaymentAllocator)}, the figures-only
     * path, and builds no {@link Allocation}.
     */
    default boolean needsAllocation() {
      return true;
    }

    /**
     * Whether this step reads the account's aged debt. When no step of a sweep needs the allocation
     * or the aged debt, {@link #sweep} sums the portfolio with {@link PortfolioAgeing} and builds
     * no {@link AgedDebt} per account; the steps are then given {@code null} for both.
     */
    default boolean needsAgedDebt() {
      return true;
    }
  }

  private final LocalDate asOf;
  private final AgeingBands bands;
  private final PaymentAllocator allocator;
  private final ArrearsAgeing ageing;
  private final List<Step> steps;
  private final boolean figuresOnly;
  private final boolean totalOnly;

  /** A sweep as of {@code asOf}, oldest due first, into {@code bands}, then {@code steps}. */
  public PortfolioSweep(LocalDate asOf, AgeingBands bands, List<Step> steps) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.bands = requireNonNull(bands, "bands");
    this.allocator = new PaymentAllocator(AllocationStrategy.oldestDueFirst());
    this.ageing = new ArrearsAgeing(bands);
    this.steps = List.copyOf(steps);
    this.figuresOnly = this.steps.stream().noneMatch(Step::needsAllocation);
    this.totalOnly = figuresOnly && this.steps.stream().noneMatch(Step::needsAgedDebt);
  }

  /** Sweeps the ledgers, one at a time as the stream gives them, into the portfolio's aged debt. */
  public AgedDebt sweep(Stream<Ledger> ledgers) {
    if (totalOnly) {
      PortfolioAgeing portfolio = new PortfolioAgeing(bands, asOf);
      for (Iterator<Ledger> it = ledgers.iterator(); it.hasNext(); ) {
        Ledger ledger = it.next();
        portfolio.add(ledger, allocator);
        for (Step step : steps) {
          step.accept(ledger, null, null);
        }
      }
      return portfolio.total();
    }
    return ledgers.map(this::sweepAccount).collect(AgedDebt.summing(asOf, bands));
  }

  /**
   * Allocates and ages one account, and runs the steps. When no step needs the allocation, only its
   * figures are worked out (the same aged debt, without the allocation's records).
   */
  public AgedDebt sweepAccount(Ledger ledger) {
    if (figuresOnly) {
      AgedDebt aged = ageing.age(ledger, asOf, allocator);
      for (Step step : steps) {
        step.accept(ledger, null, aged);
      }
      return aged;
    }
    Allocation allocation = allocator.allocate(ledger, asOf);
    AgedDebt aged = ageing.age(allocation);
    for (Step step : steps) {
      step.accept(ledger, allocation, aged);
    }
    return aged;
  }
}
