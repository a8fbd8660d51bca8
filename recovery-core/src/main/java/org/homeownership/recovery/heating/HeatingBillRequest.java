package org.homeownership.recovery.heating;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * What a heating bill is for: the account and dwelling, the billing period, the days the account
 * holder occupied the dwelling, and the opening and closing meter readings. A dwelling without a
 * heat meter ({@code metered} false) has no readings. Build one with {@link #builder()}.
 *
 * <p>Heat used is what the meter records between the two readings, billed in full to the occupier;
 * when the occupier changes within a period, a reading (actual or estimated) on the change date
 * separates the two occupiers' use. The standing charge is pro-rated by the days of occupancy
 * within the billing period.
 */
@Value.Immutable
public abstract class HeatingBillRequest {

  HeatingBillRequest() {}

  /** A new builder. */
  public static ImmutableHeatingBillRequest.Builder builder() {
    return ImmutableHeatingBillRequest.builder();
  }

  /** The occupier's account. */
  public abstract AccountId account();

  /** The dwelling supplied. */
  public abstract DwellingId dwelling();

  /** The billing period, such as a quarter; its start names the bill's charges. */
  public abstract DateRange billingPeriod();

  /**
   * The days the account holder occupied the dwelling, such as from the move-in date; only the part
   * within the billing period is billed.
   */
  public abstract DateRange occupancy();

  /** True if the dwelling has a heat meter. */
  @Value.Default
  public boolean metered() {
    return true;
  }

  /** The reading at the start of the occupier's use in the period. */
  public abstract Optional<MeterReading> openingReading();

  /** The reading at the end of the occupier's use in the period. */
  public abstract Optional<MeterReading> closingReading();

  /** The day the bill is raised. */
  public abstract LocalDate dateRaised();

  /** The day the bill is due; not before {@link #dateRaised()}. */
  public abstract LocalDate dueDate();

  /** The bill's reference, printed on it. */
  public abstract String demandReference();

  @Value.Check
  void check() {
    if (demandReference().isBlank()) {
      throw new IllegalArgumentException("demandReference is blank");
    }
    if (dueDate().isBefore(dateRaised())) {
      throw new IllegalArgumentException(
          "dueDate " + dueDate() + " is before dateRaised " + dateRaised());
    }
    if (!metered() && (openingReading().isPresent() || closingReading().isPresent())) {
      throw new IllegalArgumentException(
          "openingReading and closingReading given for an unmetered dwelling");
    }
  }
}
