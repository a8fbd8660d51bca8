package org.homeownership.recovery.recoverycase.arrears;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;

/**
 * Works out what recovery counts on a date (LAW-AND-PRACTICE.md §1.3–§1.5).
 *
 * <p>A demand's assessment says how much of it is withheld (no s.21B summary, no ss.47–48 name and
 * address) or barred (s.20B). That amount comes off the charges raised under the demand's
 * reference, oldest due first, up to what each still has outstanding: a payment is taken to pay the
 * recoverable part first, so the excluded part is whatever remains of the demand. Disputed charges
 * are set aside: the allocation leaves them unpaid and recovery does not count them.
 *
 * <p>The position can be counted from a full {@link Allocation} or, with the same result, from the
 * allocator's figures alone ({@link PaymentAllocator#outstanding}), which builds no allocation.
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
    List<DueCharge> due = new ArrayList<>(allocation.charges().size());
    for (ChargeAllocation charge : allocation.charges()) {
      long pence = charge.outstanding().pence();
      if (pence > 0 && !charge.charge().dueDate().isAfter(asOf)) {
        due.add(
            new DueCharge(
                charge.id(),
                charge.charge(),
                pence,
                charge.disputed() || disputed.contains(charge.id())));
      }
    }
    return position(asOf, due, excludedByDemand(assessments));
  }

  /**
   * The position as of {@code asOf} from the allocator's figures alone: equal to {@link
   * #of(Allocation, Collection, Set)} on {@code allocator.allocate(ledger, asOf, disputed)},
   * without building that allocation.
   *
   * @param ledger the account's ledger
   * @param asOf the date the arrears are counted on
   * @param allocator how payments are allocated to charges
   * @param assessments the statutory assessment of each demand on the account
   * @param disputed the charges a dispute hold sets aside, which no payment pays
   */
  public static ArrearsPosition of(
      Ledger ledger,
      LocalDate asOf,
      PaymentAllocator allocator,
      Collection<DemandAssessment> assessments,
      Set<EntryId> disputed) {
    requireNonNull(asOf, "asOf");
    requireNonNull(assessments, "assessments");
    requireNonNull(disputed, "disputed");
    Map<String, Long> excludedByDemand = excludedByDemand(assessments);
    // Room for 16 charges, or the whole ledger if shorter: accounts of the generated portfolio
    // (55 entries on average) leave 4.8 charges counted on average and more than 16 on few.
    int room = Math.min(ledger.entries().size(), 16);
    List<DueCharge> due = new ArrayList<>(room);
    allocator.outstanding(
        ledger,
        asOf,
        disputed,
        (id, charge, pence, inDispute) -> {
          if (pence > 0 && !charge.dueDate().isAfter(asOf)) {
            due.add(new DueCharge(id, charge, pence, inDispute || disputed.contains(id)));
          }
        });
    return position(asOf, due, excludedByDemand);
  }

  /** A charge due by the as-of date with something outstanding, before exclusions. */
  private record DueCharge(EntryId id, DebitEntry charge, long pence, boolean disputed)
      implements Comparable<DueCharge> {

    /** Oldest due first, then by id. */
    @Override
    public int compareTo(DueCharge other) {
      int byDue = charge.dueDate().compareTo(other.charge.dueDate());
      return byDue != 0 ? byDue : id.compareTo(other.id);
    }
  }

  /** The due charges, oldest due first, with each demand's excluded amount taken off them. */
  private static ArrearsPosition position(
      LocalDate asOf, List<DueCharge> due, Map<String, Long> excludedByDemand) {
    due.sort(null);
    ImmutableList.Builder<CountedCharge> charges =
        ImmutableList.builderWithExpectedSize(due.size());
    for (DueCharge c : due) {
      long excluded = 0;
      if (!excludedByDemand.isEmpty()) {
        String reference = c.charge().demandReference().orElse(null);
        Long left = reference == null ? null : excludedByDemand.get(reference);
        if (left != null) {
          excluded = Math.min(left, c.pence());
          excludedByDemand.put(reference, left - excluded);
        }
      }
      charges.add(
          new CountedCharge(
              c.id(),
              c.charge().chargeType(),
              c.charge().dueDate(),
              Money.ofPence(c.pence()),
              Money.ofPence(excluded),
              c.disputed()));
    }
    return new ArrearsPosition(asOf, charges.build());
  }

  /**
   * What each demand's assessment withholds or bars, in pence, by the demand's reference; a new map
   * the caller may use up, or an empty one if nothing is withheld or barred.
   */
  private static Map<String, Long> excludedByDemand(Collection<DemandAssessment> assessments) {
    if (assessments.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> excludedByDemand = new HashMap<>();
    for (DemandAssessment assessment : assessments) {
      Money total =
          assessment.demand().serviceCharge().plus(assessment.demand().administrationCharge());
      Money excluded = total.minus(assessment.payableNow());
      if (excluded.isPositive()) {
        excludedByDemand.merge(assessment.demand().reference(), excluded.pence(), Long::sum);
      }
    }
    return excludedByDemand;
  }
}
