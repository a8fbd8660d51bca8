package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.homeownership.recovery.servicecharge.YearEndBalance;
import org.jspecify.annotations.Nullable;

/**
 * The year-end statement of actual service charge costs (LTA 1985 s.19(2); LAW-AND-PRACTICE.md
 * §1.1): the actual breakdown by head, the estimate billed, and the balancing charge or credit.
 *
 * <p>A balancing charge is a demand for a service charge, so the letter then encloses the service
 * charges summary of rights and obligations (s.21B) and needs a date to pay by. A credit demands
 * nothing and encloses no summary.
 *
 * <p>Needs: the year-end balance with its actual bill (stage actual, at least one head), the
 * statement's reference, and, for a balancing charge, a pay-by date after the letter's date.
 *
 * @param correspondence who the letter is to and its date
 * @param reference the statement's reference, printed on it
 * @param balance the dwelling's year-end position
 * @param payBy the date to pay a balancing charge by; ignored for a credit or nil balance
 */
public record YearEndStatementLetter(
    Correspondence correspondence,
    @Nullable String reference,
    @Nullable YearEndBalance balance,
    @Nullable LocalDate payBy)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "year-end-statement";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Service charge statement of actual costs for the year";
  }

  /** True if the actual charge is more than the estimate billed. */
  public boolean demandsABalancingCharge() {
    return balance != null && balance.balance().isPositive();
  }

  @Override
  public Optional<SummaryOfRights.Kind> enclosedSummary() {
    return demandsABalancingCharge()
        ? Optional.of(SummaryOfRights.Kind.SERVICE_CHARGES)
        : Optional.empty();
  }

  @Override
  public void checkData(DataRequirements requirements) {
    ServiceChargeFigures.checkReference(requirements, "reference", reference);
    if (requirements.present("balance", balance)) {
      ServiceChargeBill actual = balance.actual().orElse(null);
      if (requirements.present("balance.actual", actual)) {
        requirements.require(
            "balance.actual.stage",
            actual.stage() == BudgetStage.ACTUAL,
            "is not the actual bill for the year");
        ServiceChargeFigures.checkLines(requirements, "balance.actual", actual);
      }
    }
    LocalDate letterDate = correspondence.letterDate();
    if (demandsABalancingCharge() && requirements.present("payBy", payBy) && letterDate != null) {
      requirements.require("payBy", payBy.isAfter(letterDate), "is not after the letter's date");
    }
  }

  @Override
  public Map<String, Object> model() {
    YearEndBalance b = requireNonNull(balance, "balance");
    boolean charge = demandsABalancingCharge();
    return Map.of(
        "statement",
        Model.of(
            "reference", requireNonNull(reference, "reference"),
            "bill", ServiceChargeFigures.bill(b.actual().orElseThrow()),
            "actual", EnGb.money(b.actualCharge()),
            "estimateBilled", EnGb.money(b.estimateBilled()),
            "balancingCharge", charge,
            "credit", b.balance().isNegative(),
            "difference", EnGb.money(b.balance().abs()),
            "payBy", charge ? EnGb.date(requireNonNull(payBy, "payBy")) : null));
  }
}
