package org.homeownership.recovery.sharedownership;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * A rent year of a shared ownership lease to bill monthly: twelve months from {@link #firstMonth()}
 * at {@link #annualRent()}, with a staircasing completed within the year if any. Build one with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class RentYearRequest {

  RentYearRequest() {}

  /** A new builder. */
  public static ImmutableRentYearRequest.Builder builder() {
    return ImmutableRentYearRequest.builder();
  }

  /** The shared owner's account. */
  public abstract AccountId account();

  /** The shared ownership home. */
  public abstract DwellingId dwelling();

  /** The first month of the rent year, usually the month of the review date. */
  public abstract YearMonth firstMonth();

  /** The annual rent in force for the year (after the review, before any staircasing). */
  public abstract Money annualRent();

  /** A staircasing completed within the rent year, if any. */
  public abstract Optional<Staircasing> staircasing();

  /** The reference of the rent demand or notice, printed on each charge. */
  public abstract String demandReference();

  /** The rent year's days. */
  public DateRange rentYear() {
    return new DateRange(firstMonth().atDay(1), firstMonth().plusMonths(12).atDay(1));
  }

  @Value.Check
  void check() {
    if (demandReference().isBlank()) {
      throw new IllegalArgumentException("demandReference is blank");
    }
    if (annualRent().isNegative()) {
      throw new IllegalArgumentException("annualRent must not be negative, not " + annualRent());
    }
    staircasing()
        .map(Staircasing::completion)
        .filter(date -> !rentYear().contains(date))
        .ifPresent(
            (LocalDate date) -> {
              throw new IllegalArgumentException(
                  "staircasing completion " + date + " is outside the rent year " + rentYear());
            });
  }
}
