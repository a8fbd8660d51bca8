package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.Posting;

/**
 * One batch of billing the demo posts on the day it is raised: a billing run (service charge
 * estimates, balancing charges, major works), or the charges a stand-alone calculator made (ground
 * rent, heating, shared ownership rent, sundry invoices).
 *
 * @param raisedOn the day it is raised and posted
 * @param name what it is, for the report
 * @param run the billing run, if it is one
 * @param postings the calculated charges, if it is not a run
 */
record Bill(
    LocalDate raisedOn, String name, Optional<BillingRun> run, ImmutableList<Posting> postings) {

  /**
   * Something a debtor has to pay.
   *
   * @param posting the account and the charge (only charges are dues)
   * @param chargeType its charge type
   * @param dueDate when it falls due
   * @param amount how much
   * @param reference the charge's external reference
   */
  record Due(
      org.homeownership.recovery.account.AccountId account,
      ChargeType chargeType,
      LocalDate dueDate,
      Money amount,
      String reference) {}

  /** What this batch asks debtors to pay: every charge (not the credits a run may give back). */
  ImmutableList<Due> dues() {
    ImmutableList.Builder<Due> dues = ImmutableList.builder();
    run.ifPresent(
        r ->
            r.items().stream()
                .filter(i -> i.amount().isPositive())
                .forEach(
                    i ->
                        dues.add(
                            new Due(
                                i.account(), i.chargeType(), i.dueDate(), i.amount(), i.key()))));
    for (Posting p : postings) {
      if (p.entry() instanceof org.homeownership.recovery.ledger.Charge c) {
        dues.add(
            new Due(
                p.account(),
                c.chargeType(),
                c.dueDate(),
                c.amount(),
                c.externalReference().orElse(c.demandReference().orElse(""))));
      }
    }
    return dues.build();
  }
}
