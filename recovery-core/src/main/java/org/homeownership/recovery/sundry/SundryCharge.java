package org.homeownership.recovery.sundry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.homeownership.recovery.demand.CheckResult;
import org.homeownership.recovery.ledger.Charge;

/**
 * A sundry invoice turned into the charge to post, with the summary of rights check that says
 * whether the tenant may withhold it. A withheld administration charge is still a debt raised; the
 * billing run records it as withheld and no recovery step, interest or forfeiture counts it until a
 * compliant demand is served (LAW-AND-PRACTICE.md §1.6).
 *
 * @param invoice the invoice
 * @param charge the charge to post
 * @param summaryOfRights the Sch 11 para 4 check
 * @param explanation every figure on the invoice, one line each
 */
public record SundryCharge(
    SundryInvoice invoice, Charge charge, CheckResult summaryOfRights, List<String> explanation) {

  /** Checks every part is given and copies the explanation. */
  public SundryCharge {
    requireNonNull(invoice, "invoice");
    requireNonNull(charge, "charge");
    requireNonNull(summaryOfRights, "summaryOfRights");
    explanation = List.copyOf(explanation);
  }
}
