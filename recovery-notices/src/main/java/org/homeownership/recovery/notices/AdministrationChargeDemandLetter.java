package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.sundry.SundryInvoice;
import org.jspecify.annotations.Nullable;

/**
 * A demand for an administration charge (Commonhold and Leasehold Reform Act 2002 Sch 11;
 * LAW-AND-PRACTICE.md §1.6): what it is for, its Sch 11 para 1 ground, the amount and the date due,
 * with the administration charges summary of rights and obligations enclosed (Sch 11 para 4).
 *
 * <p>Needs: a sundry invoice for this letter's account that is an administration charge, due after
 * the letter's date. The council must have supplied the prescribed summary ({@link
 * SummaryOfRights.Kind#ADMINISTRATION_CHARGES}).
 *
 * @param correspondence who the letter is to and its date
 * @param invoice the administration charge's invoice
 */
public record AdministrationChargeDemandLetter(
    Correspondence correspondence, @Nullable SundryInvoice invoice) implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "administration-charge-demand";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Administration charge demand";
  }

  @Override
  public Optional<SummaryOfRights.Kind> enclosedSummary() {
    return Optional.of(SummaryOfRights.Kind.ADMINISTRATION_CHARGES);
  }

  @Override
  public void checkData(DataRequirements requirements) {
    if (requirements.present("invoice", invoice)) {
      ServiceChargeFigures.checkAccount(
          requirements, "invoice.account", correspondence, invoice.account());
      requirements.require(
          "invoice.kind",
          invoice.kind().isAdministrationCharge(),
          "is not an administration charge (CLRA 2002 Sch 11 para 1)");
      if (correspondence.letterDate() != null) {
        requirements.require(
            "invoice.dueDate",
            invoice.dueDate().isAfter(correspondence.letterDate()),
            "is not after the letter's date");
      }
    }
  }

  @Override
  public Map<String, Object> model() {
    SundryInvoice i = requireNonNull(invoice, "invoice");
    return Map.of(
        "invoice",
        Model.of(
            "number", i.invoiceNumber(),
            "particulars", i.particulars(),
            "ground", i.administrationChargeGround().map(g -> g.citation()).orElseThrow(),
            "period", i.periodCovered().map(p -> p.describe()).orElse(null),
            "amount", EnGb.money(i.amount()),
            "dateRaised", EnGb.date(i.dateRaised()),
            "dueDate", EnGb.date(i.dueDate())));
  }
}
