package org.homeownership.recovery.servicecharge;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.TreeSet;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * Reconciles a year's actual costs, apportioned the same way as the estimate, with what the
 * estimate billed each dwelling: a balancing charge where actual costs were higher, a credit where
 * they were lower.
 */
public final class YearEndReconciliation {

  private YearEndReconciliation() {}

  /**
   * The year-end balance of every dwelling that was billed an estimate or has an actual share.
   *
   * @param actual the year's actual costs, apportioned
   * @param estimateBilled what the estimate demanded from each dwelling for the year
   * @throws IllegalArgumentException if {@code actual} is not an apportionment of actual costs
   */
  public static ImmutableList<YearEndBalance> reconcile(
      Apportionment actual, Map<DwellingId, Money> estimateBilled) {
    if (actual.budget().stage() != BudgetStage.ACTUAL) {
      throw new IllegalArgumentException(
          "year-end reconciliation needs actual costs, not an " + actual.budget().stage());
    }
    TreeSet<DwellingId> dwellings = new TreeSet<>(estimateBilled.keySet());
    dwellings.addAll(actual.bills().keySet());
    return dwellings.stream()
        .map(d -> new YearEndBalance(d, estimateBilled.getOrDefault(d, Money.ZERO), actual.bill(d)))
        .collect(ImmutableList.toImmutableList());
  }
}
