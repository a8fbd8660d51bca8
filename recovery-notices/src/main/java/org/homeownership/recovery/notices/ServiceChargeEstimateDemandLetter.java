package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.Instalment;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.jspecify.annotations.Nullable;

/**
 * The demand for a year's estimated service charge (LTA 1985 s.19(2)): the breakdown by head, any
 * management fee, the total and the instalments due, with the landlord's name and address for
 * service (LTA 1987 ss.47–48, printed by the layout) and the service charges summary of rights and
 * obligations enclosed (LTA 1985 s.21B; LAW-AND-PRACTICE.md §1.4).
 *
 * <p>Needs: the estimate bill with at least one head, the demand's reference, and the instalments,
 * at least one, adding up to the bill's total. The council must have supplied the prescribed
 * summary ({@link SummaryOfRights.Kind#SERVICE_CHARGES}).
 *
 * @param correspondence who the letter is to and its date
 * @param demandReference the demand's reference, printed on it
 * @param bill the dwelling's estimate bill for the year
 * @param instalments the instalments due, in order
 */
public record ServiceChargeEstimateDemandLetter(
    Correspondence correspondence,
    @Nullable String demandReference,
    @Nullable ServiceChargeBill bill,
    List<Instalment> instalments)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "service-charge-estimate-demand";

  /** Copies the instalments. */
  public ServiceChargeEstimateDemandLetter {
    instalments = List.copyOf(instalments);
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Service charge demand: estimated charge for the year";
  }

  @Override
  public Optional<SummaryOfRights.Kind> enclosedSummary() {
    return Optional.of(SummaryOfRights.Kind.SERVICE_CHARGES);
  }

  @Override
  public void checkData(DataRequirements requirements) {
    ServiceChargeFigures.checkReference(requirements, "demandReference", demandReference);
    if (requirements.present("bill", bill)) {
      requirements.require(
          "bill.stage", bill.stage() == BudgetStage.ESTIMATE, "is not the estimate for the year");
      ServiceChargeFigures.checkLines(requirements, "bill", bill);
    }
    if (requirements.require("instalments", !instalments.isEmpty(), "are missing")
        && bill != null) {
      Money sum = instalments.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
      requirements.require(
          "instalments",
          sum.equals(bill.total()),
          "do not add up to the year's charge on the bill");
    }
  }

  @Override
  public Map<String, Object> model() {
    ServiceChargeBill b = requireNonNull(bill, "bill");
    return Map.of(
        "demand",
        Model.of(
            "reference", requireNonNull(demandReference, "demandReference"),
            "bill", ServiceChargeFigures.bill(b),
            "instalments",
                instalments.stream()
                    .map(
                        i ->
                            Model.of(
                                "number", i.number(),
                                "dueDate", EnGb.date(i.dueDate()),
                                "amount", EnGb.money(i.amount()),
                                "periodsCollected", i.periodsCollected()))
                    .toList(),
            "firstDueDate", EnGb.date(instalments.get(0).dueDate())));
  }
}
