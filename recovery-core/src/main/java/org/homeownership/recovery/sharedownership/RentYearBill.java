package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.money.Money;

/**
 * A rent year billed monthly: each month's rent with its working, the charges to post and an
 * explanation of every figure.
 *
 * @param request what was billed
 * @param months the twelve months' rents, in order
 * @param charges the charges to post, one per month with rent above zero
 * @param explanation the annual figures and rules, one line each, then each month's working
 */
public record RentYearBill(
    RentYearRequest request,
    List<MonthlyRent> months,
    List<Charge> charges,
    List<String> explanation) {

  /** Checks every part is given and copies the lists. */
  public RentYearBill {
    requireNonNull(request, "request");
    months = List.copyOf(months);
    charges = List.copyOf(charges);
    explanation = List.copyOf(explanation);
    if (months.size() != 12) {
      throw new IllegalArgumentException("months must hold 12 months, not " + months.size());
    }
  }

  /** The rent for the whole year: the sum of the twelve months. */
  public Money total() {
    return months.stream().map(MonthlyRent::amount).reduce(Money.ZERO, Money::plus);
  }
}
