package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.IncurredDateRule;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A notice under Landlord and Tenant Act 1985 s.20B(2) (LAW-AND-PRACTICE.md §1.3): it tells the
 * leaseholder that costs have been incurred and that they will later be required to contribute to
 * them by paying a service charge, so that the 18-month rule of s.20B(1) does not bar those costs
 * when they are demanded. It must state the costs actually incurred, not give a vague warning
 * (Brent LBC v Shulem B Association): every cost is listed with its date and the leaseholder's
 * share.
 *
 * <p>It demands nothing, so it prints no way to pay and encloses no summary of rights.
 *
 * <p>Needs: at least one cost, each with a share above zero and incurred (by {@code
 * incurredDateRule}; OM Property Management v Burr) on or before the letter's date and no more than
 * 18 months before it, when a s.20B(2) notice can still save it.
 *
 * @param correspondence who the letter is to and its date
 * @param reference the notice's reference, printed on it
 * @param costs the costs incurred, with the leaseholder's share of each
 * @param incurredDateRule when a cost counts as incurred; the council's configured rule
 */
public record Section20bNoticeLetter(
    Correspondence correspondence,
    @Nullable String reference,
    List<CostLine> costs,
    IncurredDateRule incurredDateRule)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "section-20b-notice";

  /** Copies the costs and checks the rule is given. */
  public Section20bNoticeLetter {
    costs = List.copyOf(costs);
    requireNonNull(incurredDateRule, "incurredDateRule");
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Notice of service charge costs incurred (Landlord and Tenant Act 1985, section 20B(2))";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    ServiceChargeFigures.checkReference(requirements, "reference", reference);
    if (!requirements.require(
        "costs",
        !costs.isEmpty(),
        "are missing; a s.20B(2) notice must state the costs actually incurred"
            + " (Brent LBC v Shulem B Association)")) {
      return;
    }
    LocalDate letterDate = correspondence.letterDate();
    for (int i = 0; i < costs.size(); i++) {
      CostLine cost = costs.get(i);
      String field = "costs[" + i + "]";
      requirements.require(
          field + ".share", cost.share().isPositive(), "is not above zero; state the amount");
      requirements.require(
          field + ".description", !cost.description().isBlank(), "is blank; say what the cost is");
      if (letterDate != null) {
        LocalDate incurred = incurredOn(cost);
        requirements.require(
            field + ".incurred",
            !incurred.isAfter(letterDate),
            "is after the letter's date; s.20B(2) is for costs already incurred");
        requirements.require(
            field + ".incurred",
            !incurred.plusMonths(18).isBefore(letterDate),
            "is more than 18 months before the letter's date; a s.20B(2) notice is too late");
      }
    }
  }

  private LocalDate incurredOn(CostLine cost) {
    return incurredDateRule.incurredOn(cost.invoicedOn(), cost.paidOn());
  }

  @Override
  public Map<String, Object> model() {
    return Map.of(
        "notice",
        Model.of(
            "reference", requireNonNull(reference, "reference"),
            "costs",
                costs.stream()
                    .map(
                        c ->
                            Model.of(
                                "description", c.description(),
                                "incurredOn", EnGb.date(incurredOn(c)),
                                "share", EnGb.money(c.share())))
                    .toList(),
            "total",
                EnGb.money(costs.stream().map(CostLine::share).reduce(Money.ZERO, Money::plus))));
  }
}
