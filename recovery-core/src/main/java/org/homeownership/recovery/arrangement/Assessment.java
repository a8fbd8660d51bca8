package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;

/**
 * The figures of an arrangement as of a date, from the covered accounts' ledgers: what it expected
 * and what happened. Pure: the same ledgers and date always give the same assessment.
 *
 * @param asOf the monitoring date
 * @param expectedBalance the starting balance plus charges raised since, less everything due by the
 *     monitoring date less the tolerance days
 * @param actualBalance the covered accounts' balance at the end of the monitoring date
 * @param paid payments and credits since the arrangement was made, leaving out any reversed
 * @param due everything due by the monitoring date less the tolerance days
 * @param schedule the schedule, after any Direct Debit deferrals
 * @param checks the checks the policy applies, each kept or not
 * @param directDebitFailures the failed Direct Debit collections since the arrangement was made
 * @param pauses the moratorium periods (a breathing space) that had begun by the monitoring date;
 *     the schedule is already moved on past them
 */
public record Assessment(
    LocalDate asOf,
    Money expectedBalance,
    Money actualBalance,
    Money paid,
    Money due,
    InstalmentSchedule schedule,
    ImmutableList<MonitoringCheck> checks,
    ImmutableList<DirectDebitFailure> directDebitFailures,
    ImmutableList<DateRange> pauses) {

  /** Checks the parts are given. */
  public Assessment {
    requireNonNull(asOf, "asOf");
    requireNonNull(expectedBalance, "expectedBalance");
    requireNonNull(actualBalance, "actualBalance");
    requireNonNull(paid, "paid");
    requireNonNull(due, "due");
    requireNonNull(schedule, "schedule");
    requireNonNull(checks, "checks");
    requireNonNull(directDebitFailures, "directDebitFailures");
    requireNonNull(pauses, "pauses");
  }

  /** True if the monitoring date falls in a pause: nothing may be demanded or changed on it. */
  public boolean paused() {
    return pauses.stream().anyMatch(p -> p.contains(asOf));
  }

  /** True if every check the policy applies is kept. */
  public boolean kept() {
    return checks.stream().allMatch(MonitoringCheck::kept);
  }

  /** True if the debtor has paid everything due so far (after the tolerance days). */
  public boolean upToDate() {
    return !paid.isLessThan(due);
  }

  /** True if the covered debt is cleared: the covered balance is zero or in credit. */
  public boolean cleared() {
    return !actualBalance.isPositive();
  }

  /** The reasons of the checks that were not kept. */
  public ImmutableList<String> failures() {
    return checks.stream()
        .filter(c -> !c.kept())
        .map(MonitoringCheck::reason)
        .collect(ImmutableList.toImmutableList());
  }
}
