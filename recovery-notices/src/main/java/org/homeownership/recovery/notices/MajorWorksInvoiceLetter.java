package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.majorworks.MajorWorksCharge;
import org.homeownership.recovery.majorworks.PaymentOption;
import org.homeownership.recovery.majorworks.PaymentOptions;
import org.jspecify.annotations.Nullable;

/**
 * The invoice for a leaseholder's share of major works: the share, each statutory reduction with
 * its reason, the charge, and the payment options the leaseholder may choose with their figures
 * (LAW-AND-PRACTICE.md §3). Major works are a service charge, so the invoice encloses the service
 * charges summary of rights and obligations (LTA 1985 s.21B).
 *
 * <p>Needs: the charge (above zero), the options offered for that charge (at least paying in full,
 * for the same amount), the invoice number and a due date after the letter's date.
 *
 * @param correspondence who the letter is to and its date
 * @param invoiceNumber the invoice's number, printed on it
 * @param charge the leaseholder's charge with its reductions
 * @param offer the payment options offered for the charge, and why any other is not
 * @param dueDate the date to pay in full by, or to choose another option
 */
public record MajorWorksInvoiceLetter(
    Correspondence correspondence,
    @Nullable String invoiceNumber,
    @Nullable MajorWorksCharge charge,
    PaymentOptions.@Nullable Offer offer,
    @Nullable LocalDate dueDate)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "major-works-invoice";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Major works invoice";
  }

  @Override
  public Optional<SummaryOfRights.Kind> enclosedSummary() {
    return Optional.of(SummaryOfRights.Kind.SERVICE_CHARGES);
  }

  @Override
  public void checkData(DataRequirements requirements) {
    ServiceChargeFigures.checkReference(requirements, "invoiceNumber", invoiceNumber);
    if (requirements.present("charge", charge)) {
      requirements.require(
          "charge", charge.charge().isPositive(), "is nothing to pay after reductions");
    }
    if (requirements.present("offer", offer)) {
      Optional<PaymentOption> inFull = offer.option(PaymentOption.Kind.IN_FULL);
      if (requirements.require("offer", inFull.isPresent(), "does not offer payment in full")
          && charge != null) {
        requirements.require(
            "offer",
            inFull.get().payable().equals(charge.charge()),
            "is for a different amount from the charge");
      }
    }
    LocalDate letterDate = correspondence.letterDate();
    if (requirements.present("dueDate", dueDate) && letterDate != null) {
      requirements.require(
          "dueDate", dueDate.isAfter(letterDate), "is not after the letter's date");
    }
  }

  @Override
  public Map<String, Object> model() {
    MajorWorksCharge c = requireNonNull(charge, "charge");
    PaymentOptions.Offer o = requireNonNull(offer, "offer");
    return Map.of(
        "invoice",
        Model.of(
            "number", requireNonNull(invoiceNumber, "invoiceNumber"),
            "scheme", c.scheme(),
            "share", EnGb.money(c.share()),
            "reductions",
                c.reductions().stream()
                    .map(
                        r ->
                            Model.of(
                                "rule", r.rule(),
                                "citation", withoutInternalReference(r.citation()),
                                "amount", EnGb.money(r.amount()),
                                "reason", r.reason()))
                    .toList(),
            "charge", EnGb.money(c.charge()),
            "dueDate", EnGb.date(requireNonNull(dueDate, "dueDate")),
            "options", o.options().stream().map(MajorWorksInvoiceLetter::option).toList(),
            "notOffered", o.notOffered()));
  }

  /**
   * Drops the library's own reference ("LAW-AND-PRACTICE.md §3.1"), which means nothing to a
   * reader.
   */
  private static String withoutInternalReference(String citation) {
    return citation.replaceAll(";?\\s*LAW-AND-PRACTICE\\.md[^;]*", "").strip();
  }

  private static Map<String, ?> option(PaymentOption option) {
    return Model.of(
        "name", name(option.kind()),
        "payable", EnGb.money(option.payable()),
        "months", option.months(),
        "firstInstalment", EnGb.money(option.firstInstalment()),
        "laterInstalments", EnGb.money(option.laterInstalments()),
        "interestFreeMonths", option.interestFreeMonths(),
        "administrationFees",
            option.administrationFees().isPositive()
                ? EnGb.money(option.administrationFees())
                : null,
        "legalChargeRequired", option.legalChargeRequired(),
        "terms", option.terms());
  }

  private static String name(PaymentOption.Kind kind) {
    return switch (kind) {
      case IN_FULL -> "Pay in full";
      case IN_FULL_WITH_DISCOUNT -> "Pay in full early, with a discount";
      case INSTALMENTS -> "Pay by monthly instalments";
      case STATUTORY_LOAN -> "Service charge loan";
    };
  }
}
