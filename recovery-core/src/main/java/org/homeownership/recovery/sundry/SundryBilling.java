package org.homeownership.recovery.sundry;

import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.demand.CheckResult;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.ImmutableCharge;

/**
 * Turns a sundry invoice into the charge to post: a rechargeable repair as {@code SUNDRY}, legal
 * costs as {@code COURT_COSTS}, an administration charge as {@code ADMINISTRATION_CHARGE} (or, for
 * late payment, as {@code DEFAULT_ADMINISTRATION_CHARGE}, which the s.167 forfeiture sum leaves
 * out: §5.2), each with the Sch 11 summary of rights check (LAW-AND-PRACTICE.md §1.6). The external
 * reference is {@code SUN-<invoice number>}, so an invoice is never posted twice.
 */
public final class SundryBilling {

  /** Billing with the Sch 11 para 4 rule. */
  public SundryBilling() {}

  /** The charge for {@code invoice}, with its summary of rights check and explanation. */
  public SundryCharge charge(SundryInvoice invoice) {
    CheckResult check = AdministrationChargeSummaryRule.check(invoice);
    ChargeType chargeType =
        invoice
                .administrationChargeGround()
                .filter(ground -> ground == AdministrationChargeGround.LATE_PAYMENT)
                .isPresent()
            ? ChargeType.DEFAULT_ADMINISTRATION_CHARGE
            : invoice.kind().chargeType();
    ImmutableCharge.Builder builder =
        Charge.builder()
            .chargeType(chargeType)
            .dateRaised(invoice.dateRaised())
            .dueDate(invoice.dueDate())
            .demandReference(invoice.invoiceNumber())
            .amount(invoice.amount())
            .externalReference("SUN-" + invoice.invoiceNumber());
    invoice.periodCovered().ifPresent(builder::periodCovered);
    List<String> explanation = new ArrayList<>();
    explanation.add(
        "Invoice "
            + invoice.invoiceNumber()
            + " ("
            + chargeType.displayName()
            + "): "
            + invoice.particulars());
    invoice.periodCovered().ifPresent(p -> explanation.add("Period: " + p.describe()));
    explanation.add("Amount: " + invoice.amount().format());
    explanation.add("Raised " + invoice.dateRaised() + ", due " + invoice.dueDate());
    explanation.addAll(check.reasons());
    return new SundryCharge(invoice, builder.build(), check, explanation);
  }
}
