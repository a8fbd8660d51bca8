package org.homeownership.recovery.lease;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * The service charge terms of a lease of a dwelling (or of the transfer of a freehold house that
 * pays estate charges): the apportionment bases, the service charge year, the instalment plan, the
 * ground rent, the interest clause, and for a Right to Buy lease its grant date and the s.125
 * estimates. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Lease {

  Lease() {}

  /** A new builder. */
  public static ImmutableLease.Builder builder() {
    return ImmutableLease.builder();
  }

  /** The dwelling let. */
  public abstract DwellingId dwelling();

  /** The date of the lease. */
  public abstract LocalDate leaseDate();

  /** How block costs are shared. */
  public abstract ApportionmentBasis blockBasis();

  /** How estate costs are shared. */
  public abstract ApportionmentBasis estateBasis();

  /** The first day of the service charge year; 1 April unless the lease says otherwise. */
  @Value.Default
  public MonthDay serviceChargeYearStart() {
    return MonthDay.of(4, 1);
  }

  /** How the year's service charge is collected; quarterly unless the lease says otherwise. */
  @Value.Default
  public InstalmentPlan instalmentPlan() {
    return InstalmentPlan.QUARTERLY;
  }

  /** The ground rent the lease reserves, if any. */
  public abstract Optional<GroundRentTerms> groundRent();

  /** The lease's clause charging interest on late payment, if it has one. */
  public abstract Optional<InterestClause> interestClause();

  /** The date the Right to Buy lease was granted, if it was one. */
  public abstract Optional<LocalDate> rightToBuyGrantDate();

  /**
   * The end of the Right to Buy initial period where the lease fixes it (for example at the end of
   * the fifth service charge year); otherwise it ends five years after the grant (§3.2).
   */
  public abstract Optional<LocalDate> initialPeriodEnd();

  /** The date of the s.125 offer notice whose estimates are recorded, if known. */
  public abstract Optional<LocalDate> section125NoticeDate();

  /** The s.125 notice's itemised estimates, where known. */
  public abstract List<RightToBuyEstimate> rightToBuyEstimates();

  @Value.Check
  void check() {
    if (!rightToBuyEstimates().isEmpty() && rightToBuyGrantDate().isEmpty()) {
      throw new IllegalArgumentException(
          "lease of " + dwelling() + " records s.125 estimates but no Right to Buy grant date");
    }
  }
}
