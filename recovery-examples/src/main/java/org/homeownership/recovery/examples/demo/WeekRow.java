package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * What one weekly sweep found and did.
 *
 * @param sweptOn the sweep's date
 * @param entered how many cases entered each stage, by stage code
 * @param awaitingApproval steps due that wait for an officer's approval
 * @param referred steps referred to an officer (vulnerable debtors)
 * @param onHold cases on hold
 * @param closed cases closed because the debt was cleared
 * @param counted the counted arrears of every account swept
 */
record WeekRow(
    LocalDate sweptOn,
    ImmutableSortedMap<String, Integer> entered,
    int awaitingApproval,
    int referred,
    int onHold,
    int closed,
    Money counted) {

  /** True if the week had anything to report. */
  boolean eventful() {
    return !entered.isEmpty() || closed > 0 || referred > 0;
  }
}
