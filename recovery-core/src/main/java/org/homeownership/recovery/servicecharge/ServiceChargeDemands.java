package org.homeownership.recovery.servicecharge;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.billing.BilledItem;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.property.DwellingId;

/**
 * Turns a year's service charge bills into billing runs: the estimate's instalments, and the
 * year-end balancing charges and credits. Item keys are stable ({@code SC/<year>/<stage>/<dwelling>
 * /<instalment>}), so posting the same run again posts nothing and a corrected run posts only the
 * differences.
 */
public final class ServiceChargeDemands {

  private ServiceChargeDemands() {}

  /**
   * The billing run of the estimate's instalments, each dwelling by its lease's plan, billing from
   * {@code billingStart}.
   *
   * @param accounts the service charge account of each billed dwelling
   * @throws IllegalArgumentException naming the dwelling, if a billed dwelling has no account or no
   *     lease
   */
  public static BillingRun estimateInstalments(
      String name,
      LocalDate raisedOn,
      Apportionment estimate,
      Map<DwellingId, AccountId> accounts,
      Map<DwellingId, Lease> leases,
      LocalDate billingStart) {
    if (estimate.budget().stage() != BudgetStage.ESTIMATE) {
      throw new IllegalArgumentException("instalments are billed on an estimate");
    }
    DateRange year = estimate.budget().year();
    ImmutableList.Builder<BilledItem> items = ImmutableList.builder();
    for (ServiceChargeBill bill : estimate.bills().values()) {
      AccountId account = required(accounts, bill.dwelling(), "service charge account");
      InstalmentPlan plan = required(leases, bill.dwelling(), "lease").instalmentPlan();
      List<Instalment> instalments = InstalmentSchedule.of(bill.total(), year, plan, billingStart);
      for (Instalment instalment : instalments) {
        LocalDate from =
            year.start().plusMonths((long) (instalment.number() - 1) * plan.monthsApart());
        LocalDate to = from.plusMonths((long) instalment.periodsCollected() * plan.monthsApart());
        items.add(
            BilledItem.builder()
                .account(account)
                .key(
                    "SC/"
                        + year.start()
                        + "/ESTIMATE/"
                        + bill.dwelling()
                        + "/"
                        + instalment.number())
                .chargeType(ChargeType.SERVICE_CHARGE)
                .periodCovered(
                    new DateRange(from, to.isAfter(year.endExclusive()) ? year.endExclusive() : to))
                .dueDate(instalment.dueDate())
                .demandReference(
                    "SC-"
                        + year.start().getYear()
                        + "-"
                        + bill.dwelling()
                        + "-"
                        + instalment.number())
                .amount(instalment.amount())
                .build());
      }
    }
    return new BillingRun(name, raisedOn, items.build());
  }

  /**
   * The billing run of the year-end balancing charges and credits, due on {@code dueDate}.
   * Dwellings whose actual charge equals the estimate billed get no item.
   */
  public static BillingRun balancing(
      String name,
      LocalDate raisedOn,
      DateRange year,
      List<YearEndBalance> balances,
      Map<DwellingId, AccountId> accounts,
      LocalDate dueDate) {
    ImmutableList.Builder<BilledItem> items = ImmutableList.builder();
    for (YearEndBalance balance : balances) {
      if (balance.balance().isZero()) {
        continue;
      }
      items.add(
          BilledItem.builder()
              .account(required(accounts, balance.dwelling(), "service charge account"))
              .key("SC/" + year.start() + "/BALANCING/" + balance.dwelling())
              .chargeType(ChargeType.SERVICE_CHARGE_BALANCING)
              .periodCovered(year)
              .dueDate(dueDate)
              .demandReference("SCB-" + year.start().getYear() + "-" + balance.dwelling())
              .amount(balance.balance())
              .build());
    }
    return new BillingRun(name, raisedOn, items.build());
  }

  private static <T> T required(Map<DwellingId, T> map, DwellingId dwelling, String what) {
    T value = map.get(dwelling);
    if (value == null) {
      throw new IllegalArgumentException("dwelling " + dwelling + " is billed but has no " + what);
    }
    return value;
  }
}
