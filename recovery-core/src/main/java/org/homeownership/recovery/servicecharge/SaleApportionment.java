package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;

/**
 * A year's service charge split between the seller and the buyer of a lease assigned part-way
 * through the year, by days: the seller pays for the days before completion, the buyer from the
 * completion day on. Exact pence by largest remainder, so the two parts always sum to the charge.
 *
 * @param charge the year's charge
 * @param year the service charge year
 * @param completion the completion date of the sale
 * @param sellerDays days the seller is liable for
 * @param buyerDays days the buyer is liable for
 * @param seller the seller's part
 * @param buyer the buyer's part
 */
public record SaleApportionment(
    Money charge,
    DateRange year,
    LocalDate completion,
    long sellerDays,
    long buyerDays,
    Money seller,
    Money buyer) {

  /** Checks every part is given. */
  public SaleApportionment {
    requireNonNull(charge, "charge");
    requireNonNull(year, "year");
    requireNonNull(completion, "completion");
    requireNonNull(seller, "seller");
    requireNonNull(buyer, "buyer");
  }

  /**
   * Splits {@code charge} for {@code year} at {@code completion}.
   *
   * @throws IllegalArgumentException if completion is outside the year
   */
  public static SaleApportionment split(Money charge, DateRange year, LocalDate completion) {
    if (!year.contains(completion)) {
      throw new IllegalArgumentException(
          "completion " + completion + " is outside the service charge year " + year);
    }
    long sellerDays = new DateRange(year.start(), completion).days();
    long buyerDays = new DateRange(completion, year.endExclusive()).days();
    Map<String, Long> days = Map.of("1 seller", sellerDays, "2 buyer", buyerDays);
    Split<String> split = PenceSplitter.split(charge, days, ResiduePolicy.largestRemainder());
    return new SaleApportionment(
        charge,
        year,
        completion,
        sellerDays,
        buyerDays,
        split.share("1 seller"),
        split.share("2 buyer"));
  }
}
