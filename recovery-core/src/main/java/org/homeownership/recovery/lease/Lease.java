package org.homeownership.recovery.lease;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * The service charge terms of a lease of a dwelling (or of the transfer of a freehold house that
 * pays estate charges). Build one with {@link #builder()}.
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

  /** The date the Right to Buy lease was granted, if it was one. */
  public abstract Optional<LocalDate> rightToBuyGrantDate();
}
