package org.homeownership.recovery.recoverycase.arrears;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * Works out what recovery counts on a date (LAW-AND-PRACTICE.md §1.3–§1.5).
 *
 * <p>A demand's assessment says how much of it is withheld (no s.21B summary, no ss.47–48 name and
 * address) or barred (s.20B). That amount comes off the charges raised under the demand's
 * reference, oldest due first, up to what each still has outstanding: a payment is taken to pay the
 * recoverable part first, so the excluded part is whatever remains of the demand. Disputed charges
 * are set aside: the allocation leaves them unpaid and recovery does not count them.
 */
public final class CountedArrears {

  private CountedArrears() {}

  /**
   * The position on {@code allocation}'s as-of date.
   *
   * @param allocation the account's allocation, made with {@code disputed} left out
   * @param assessments the statutory assessment of each demand on the account
   * @param disputed the charges a dispute hold sets aside
   */
  public static ArrearsPosition of(
      Allocation allocation, Collection<DemandAssessment> assessments, Set<EntryId> disputed) {
    requireNonNull(assessments, "assessments");
    requireNonNull(disputed, "disputed");
    LocalDate asOf = allocation.asOf();
    Map<String, Long> excludedByDemand = new HashMap<>();
    for (DemandAssessment assessment : assessments) {
      Money total =
          assessment.demand().serviceCharge().plus(assessment.demand().administrationCharge());
      Money excluded = total.minus(assessment.payableNow());
      if (excluded.isPositive()) {
        excludedByDemand.merge(assessment.demand().reference(), excluded.pence(), Long::sum);
      }
    }
    ImmutableList.Builder<CountedCharge> charges = ImmutableList.builder();
    allocation.charges().stream()
        .filter(c -> c.outstanding().isPositive() && !c.charge().dueDate().isAfter(asOf))
        .sorted(
            Comparator.comparing((ChargeAllocation c) -> c.charge().dueDate())
                .thenComparing(ChargeAllocation::id))
        .forEach(
            c -> {
              long excluded = 0;
              String reference = c.charge().demandReference().orElse(null);
              if (reference != null && excludedByDemand.containsKey(reference)) {
                long left = excludedByDemand.get(reference);
                excluded = Math.min(left, c.outstanding().pence());
                excludedByDemand.put(reference, left - excluded);
              }
              charges.add(
                  new CountedCharge(
                      c.id(),
                      c.charge().chargeType(),
                      c.charge().dueDate(),
                      c.outstanding(),
                      Money.ofPence(excluded),
                      disputed.contains(c.id()) || c.disputed()));
            });
    return new ArrearsPosition(asOf, charges.build());
  }
}
