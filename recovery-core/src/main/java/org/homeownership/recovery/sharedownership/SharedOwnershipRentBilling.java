package org.homeownership.recovery.sharedownership;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * Bills a shared ownership rent year monthly (LAW-AND-PRACTICE.md §10).
 *
 * <ul>
 *   <li>Each month is charged on its first day, in advance, and due that day.
 *   <li>The twelve months are the annual rent split by {@link MonthlyInstalments}: they sum exactly
 *       to the annual rent.
 *   <li>A staircasing reduces the rent in proportion from the completion date ({@link
 *       StaircasingRule}). Each month after the completion month is that month's instalment reduced
 *       in proportion ({@link StaircasingRule#monthAfter}), so no month rises; the next rent year
 *       splits the reduced annual rent afresh. The completion month is pro-rated by days: (rent
 *       before × days before completion + rent after × days from completion) ÷ days in that
 *       calendar month, counting the completion day at the reduced rent, rounded once half up to
 *       the penny.
 *   <li>Charges are {@code SHARED_OWNERSHIP_RENT} with external reference {@code
 *       SOR-<dwelling>-<yyyy-MM>}; a month with no rent (fully staircased) posts nothing.
 * </ul>
 */
public final class SharedOwnershipRentBilling {

  /** The day-count rule for the completion month, as it reads in explanations. */
  public static final String PRO_RATING =
      "completion month pro-rated by calendar days in that month, the completion day at the"
          + " reduced rent, rounded once half up to the penny";

  private final MonthlyInstalments instalments = new MonthlyInstalments();
  private final StaircasingRule staircasingRule = new StaircasingRule();

  /** Billing with the rules above. */
  public SharedOwnershipRentBilling() {}

  /** The twelve months' rents and charges for {@code request}. */
  public RentYearBill bill(RentYearRequest request) {
    YearMonth first = request.firstMonth();
    List<String> explanation = new ArrayList<>();
    explanation.add("Rent year " + request.rentYear().describe());
    explanation.add(
        "Annual rent " + request.annualRent().format() + "; " + MonthlyInstalments.ROUNDING);
    ImmutableSortedMap<YearMonth, Money> before = instalments.split(request.annualRent(), first);
    Optional<ImmutableSortedMap<YearMonth, Money>> after = Optional.empty();
    if (request.staircasing().isPresent()) {
      AnnualRent reduced =
          staircasingRule.rentAfter(request.annualRent(), request.staircasing().get());
      explanation.addAll(reduced.explanation());
      explanation.add(
          "Reduced annual rent "
              + reduced.amount().format()
              + "; each month after completion is that month's rent reduced in the same"
              + " proportion, rounded half up; "
              + PRO_RATING);
      ImmutableSortedMap.Builder<YearMonth, Money> reducedMonths =
          ImmutableSortedMap.naturalOrder();
      before.forEach(
          (month, rent) ->
              reducedMonths.put(
                  month,
                  staircasingRule.monthAfter(
                      rent, request.annualRent(), request.staircasing().get())));
      after = Optional.of(reducedMonths.build());
    }
    List<MonthlyRent> months = new ArrayList<>();
    List<Charge> charges = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      YearMonth month = first.plusMonths(i);
      MonthlyRent rent = monthRent(month, before.get(month), after, request.staircasing());
      months.add(rent);
      explanation.add(rent.working());
      if (rent.amount().isPositive()) {
        charges.add(charge(request, month, rent.amount()));
      }
    }
    return new RentYearBill(request, months, charges, explanation);
  }

  private static MonthlyRent monthRent(
      YearMonth month,
      Money old,
      Optional<ImmutableSortedMap<YearMonth, Money>> after,
      Optional<Staircasing> staircasing) {
    if (after.isEmpty()) {
      return new MonthlyRent(month, old, month + ": " + old.format());
    }
    LocalDate completion = staircasing.orElseThrow().completion();
    Money reduced = after.get().get(month);
    YearMonth completionMonth = YearMonth.from(completion);
    if (month.isBefore(completionMonth)) {
      return new MonthlyRent(month, old, month + ": " + old.format());
    }
    if (month.isAfter(completionMonth)) {
      return new MonthlyRent(month, reduced, month + ": " + reduced.format() + " (reduced rent)");
    }
    int days = month.lengthOfMonth();
    int daysBefore = completion.getDayOfMonth() - 1;
    int daysFrom = days - daysBefore;
    Money amount =
        Money.ofPence(
            BigDecimal.valueOf(old.pence())
                .multiply(BigDecimal.valueOf(daysBefore))
                .add(BigDecimal.valueOf(reduced.pence()).multiply(BigDecimal.valueOf(daysFrom)))
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
                .longValueExact());
    return new MonthlyRent(
        month,
        amount,
        month
            + ": "
            + old.format()
            + " × "
            + daysBefore
            + "/"
            + days
            + " days + "
            + reduced.format()
            + " × "
            + daysFrom
            + "/"
            + days
            + " days from completion on "
            + completion
            + " = "
            + amount.format());
  }

  private static Charge charge(RentYearRequest request, YearMonth month, Money amount) {
    LocalDate first = month.atDay(1);
    return Charge.builder()
        .chargeType(ChargeType.SHARED_OWNERSHIP_RENT)
        .periodCovered(new DateRange(first, month.plusMonths(1).atDay(1)))
        .dateRaised(first)
        .dueDate(first)
        .demandReference(request.demandReference())
        .amount(amount)
        .externalReference("SOR-" + request.dwelling() + "-" + month)
        .build();
  }
}
