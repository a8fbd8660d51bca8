package org.homeownership.recovery.servicecharge;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;

/**
 * Splits a year's service charge into the instalments of a plan.
 *
 * <p>The plan's instalments fall due from the first day of the service charge year, its months
 * apart. The year's charge is split into equal instalments in exact pence by largest remainder, so
 * any odd pence fall on the earliest instalments and the instalments always sum to the charge. When
 * billing starts part-way through the year (a new lease, a demand raised late), the instalments
 * already passed are collected in the first instalment due on or after the start, as Rotherham does
 * (a start in July takes 4/12 in the first monthly payment; LAW-AND-PRACTICE.md §2.1).
 */
public final class InstalmentSchedule {

  private InstalmentSchedule() {}

  /**
   * The instalments of {@code charge} for {@code year} under {@code plan}, billing from {@code
   * billingStart}.
   *
   * @throws IllegalArgumentException if billing starts outside the year, or after the last
   *     instalment's due date (bill it as one sum instead)
   */
  public static ImmutableList<Instalment> of(
      Money charge, DateRange year, InstalmentPlan plan, LocalDate billingStart) {
    if (!year.contains(billingStart)) {
      throw new IllegalArgumentException(
          "billing start " + billingStart + " is outside the service charge year " + year);
    }
    Map<Integer, Integer> equal = new TreeMap<>();
    for (int i = 1; i <= plan.instalments(); i++) {
      equal.put(i, 1);
    }
    Split<Integer> split = PenceSplitter.split(charge, equal, ResiduePolicy.largestRemainder());
    List<Instalment> instalments = new ArrayList<>();
    Money carried = Money.ZERO;
    int carriedPeriods = 0;
    for (int i = 1; i <= plan.instalments(); i++) {
      LocalDate due = year.start().plusMonths((long) (i - 1) * plan.monthsApart());
      carried = carried.plus(split.share(i));
      carriedPeriods++;
      if (!due.isBefore(billingStart)) {
        instalments.add(new Instalment(i - carriedPeriods + 1, due, carried, carriedPeriods));
        carried = Money.ZERO;
        carriedPeriods = 0;
      }
    }
    if (carriedPeriods > 0) {
      throw new IllegalArgumentException(
          "billing starts on "
              + billingStart
              + ", after the plan's last instalment date; bill "
              + "the year's charge as one sum");
    }
    return ImmutableList.copyOf(instalments);
  }
}
