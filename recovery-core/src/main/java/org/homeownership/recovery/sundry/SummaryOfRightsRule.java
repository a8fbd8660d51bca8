package org.homeownership.recovery.sundry;

import java.util.List;

/**
 * CLRA 2002 Sch 11 para 4 (LAW-AND-PRACTICE.md §1.6): a demand for an administration charge must be
 * accompanied by a summary of the rights and obligations of tenants in relation to administration
 * charges (Administration Charges (Summary of Rights and Obligations) (England) Regulations 2007);
 * the tenant may withhold payment if it is not. This summary is not the service charge summary (LTA
 * 1985 s.21B) and does not stand in for it.
 */
public final class SummaryOfRightsRule {

  /** A rule with no configuration. */
  public SummaryOfRightsRule() {}

  /** Checks {@code invoice}'s demand, giving the reason for the outcome. */
  public SummaryOfRightsCheck check(SundryInvoice invoice) {
    if (!invoice.kind().isAdministrationCharge()) {
      return new SummaryOfRightsCheck(
          SummaryOfRightsCheck.Status.NOT_AN_ADMINISTRATION_CHARGE,
          List.of(
              "Invoice "
                  + invoice.invoiceNumber()
                  + " is a "
                  + invoice.kind()
                  + ", not an administration charge: CLRA 2002 Sch 11 para 4 does not apply"));
    }
    String ground = invoice.administrationChargeGround().orElseThrow().citation();
    if (invoice.summaryOfRightsEnclosed()) {
      return new SummaryOfRightsCheck(
          SummaryOfRightsCheck.Status.PAYABLE,
          List.of(
              "Invoice "
                  + invoice.invoiceNumber()
                  + " is an administration charge ("
                  + ground
                  + ") and the demand says the administration charges summary of rights and"
                  + " obligations was enclosed (CLRA 2002 Sch 11 para 4)"));
    }
    return new SummaryOfRightsCheck(
        SummaryOfRightsCheck.Status.WITHHELD,
        List.of(
            "Invoice "
                + invoice.invoiceNumber()
                + " is an administration charge ("
                + ground
                + ") demanded without the administration charges summary of rights and"
                + " obligations: the tenant may withhold payment until a demand with the summary is"
                + " served (CLRA 2002 Sch 11 para 4)"));
  }
}
