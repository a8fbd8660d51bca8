package org.homeownership.recovery.sundry;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.demand.CheckResult;
import org.homeownership.recovery.demand.Verdict;
import org.homeownership.recovery.money.Money;

/**
 * CLRA 2002 Sch 11 para 4 (LAW-AND-PRACTICE.md §1.6) for a sundry invoice: a demand for an
 * administration charge must be accompanied by a summary of the rights and obligations of tenants
 * in relation to administration charges (Administration Charges (Summary of Rights and Obligations)
 * (England) Regulations 2007); the tenant may withhold payment if it is not. This summary is not
 * the service charge summary (LTA 1985 s.21B) and does not stand in for it. The result is the same
 * {@link CheckResult} the checks on service charge demands give.
 */
public final class AdministrationChargeSummaryRule {

  static final String RULE = "administration charges summary of rights and obligations";
  static final String CITATION = "CLRA 2002 Sch 11 para 4; LAW-AND-PRACTICE.md §1.6";

  private AdministrationChargeSummaryRule() {}

  /** Checks {@code invoice}'s demand, giving the reason for the outcome. */
  public static CheckResult check(SundryInvoice invoice) {
    if (!invoice.kind().isAdministrationCharge()) {
      return result(
          Verdict.COMPLIES,
          Money.ZERO,
          "Invoice "
              + invoice.invoiceNumber()
              + " is a "
              + invoice.kind()
              + ", not an administration charge: CLRA 2002 Sch 11 para 4 does not apply");
    }
    String ground = invoice.administrationChargeGround().orElseThrow().citation();
    if (invoice.summaryOfRightsEnclosed()) {
      return result(
          Verdict.COMPLIES,
          Money.ZERO,
          "Invoice "
              + invoice.invoiceNumber()
              + " is an administration charge ("
              + ground
              + ") and the demand says the administration charges summary of rights and"
              + " obligations was enclosed (CLRA 2002 Sch 11 para 4)");
    }
    return result(
        Verdict.WITHHELD,
        invoice.amount(),
        "Invoice "
            + invoice.invoiceNumber()
            + " is an administration charge ("
            + ground
            + ") demanded without the administration charges summary of rights and obligations:"
            + " the tenant may withhold payment until a demand with the summary is served (CLRA"
            + " 2002 Sch 11 para 4)");
  }

  private static CheckResult result(Verdict verdict, Money withheld, String reason) {
    return new CheckResult(RULE, CITATION, verdict, withheld, ImmutableList.of(reason));
  }
}
