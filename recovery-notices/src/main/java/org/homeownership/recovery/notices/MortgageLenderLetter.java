package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.jspecify.annotations.Nullable;

/**
 * The letter to the leaseholder's mortgage lender (LAW-AND-PRACTICE.md §5.5): it tells the lender,
 * whose charge is registered on the title, that the leaseholder's account is in arrears, by how
 * much on which date, and asks the lender to say by a date whether it will pay them. Lenders often
 * pay the arrears to protect their security and add them to the mortgage (§5.5). Councils write to
 * the lender after the reminders and before or with the letter of claim (Wiltshire, Harrow,
 * Southwark, Rotherham; §5.5, §12.1).
 *
 * <p>The letter goes to the lender ({@link #addressee()}), not to the leaseholders, and so carries
 * no debt advice signpost; it names every leaseholder. It states only figures from the data: the
 * overdue amount from the account's {@link AgedDebt}, the charge from the register. Whether data
 * protection law or the lease limits what may be told to a lender is UNCONFIRMED (§5.5); councils
 * usually tell the leaseholder first (Harrow), and the date they did so is printed when given.
 *
 * @param correspondence the account, its leaseholders and the letter's date (the leaseholders'
 *     address is not used)
 * @param lender the lender, from the charges register
 * @param lenderReference the lender's own reference for the mortgage, if known
 * @param charge the lender's charge, from the charges register
 * @param arrears the account's aged debt
 * @param replyBy the date by which the lender is asked to reply, from the council's policy (Harrow
 *     gives 14 days, §12.1)
 * @param leaseholderToldOn the date the council told the leaseholder it would write to the lender,
 *     if it did
 */
public record MortgageLenderLetter(
    Correspondence correspondence,
    @Nullable Addressee lender,
    @Nullable String lenderReference,
    @Nullable RegisteredCharge charge,
    @Nullable AgedDebt arrears,
    @Nullable LocalDate replyBy,
    @Nullable LocalDate leaseholderToldOn)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "mortgage-lender";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Arrears on a leasehold property charged to you";
  }

  @Override
  public Optional<Addressee> addressee() {
    return Optional.of(lender == null ? new Addressee(null, null, null) : lender);
  }

  @Override
  public void checkData(DataRequirements requirements) {
    LocalDate letterDate = correspondence.letterDate();
    if (requirements.present("charge", charge)) {
      if (requirements.present("charge.titleNumber", charge.titleNumber())) {
        requirements.require("charge.titleNumber", !charge.titleNumber().isBlank(), "is blank");
      }
      if (requirements.present("charge.chargeDate", charge.chargeDate()) && letterDate != null) {
        requirements.require(
            "charge.chargeDate",
            !charge.chargeDate().isAfter(letterDate),
            "is after the letter's date");
      }
      requirements.present("charge.property", charge.property());
      if (requirements.present("charge.registerCopyDated", charge.registerCopyDated())
          && letterDate != null) {
        requirements.require(
            "charge.registerCopyDated",
            !charge.registerCopyDated().isAfter(letterDate),
            "is after the letter's date");
      }
    }
    if (requirements.present("arrears", arrears)) {
      requirements.require(
          "arrears", arrears.accounts() == 1, "covers more than the letter's account");
      requirements.require("arrears", arrears.arrears().isPositive(), "shows nothing overdue");
      if (letterDate != null) {
        requirements.require(
            "arrears.asOf", !arrears.asOf().isAfter(letterDate), "is after the letter's date");
      }
    }
    if (requirements.present("replyBy", replyBy) && letterDate != null) {
      requirements.require(
          "replyBy", replyBy.isAfter(letterDate), "is not after the letter's date");
    }
    if (leaseholderToldOn != null && letterDate != null) {
      requirements.require(
          "leaseholderToldOn",
          !leaseholderToldOn.isAfter(letterDate),
          "is after the letter's date");
    }
    if (lenderReference != null) {
      requirements.require("lenderReference", !lenderReference.isBlank(), "is blank");
    }
  }

  @Override
  public Map<String, Object> model() {
    RegisteredCharge c = requireNonNull(charge, "charge");
    AgedDebt a = requireNonNull(arrears, "arrears");
    Map<String, Object> model =
        new LinkedHashMap<>(ArrearsFigures.model(a, requireNonNull(replyBy, "replyBy")));
    model.put(
        "lender",
        Model.of(
            "reference", lenderReference,
            "replyBy", EnGb.date(replyBy),
            "leaseholderToldOn", leaseholderToldOn == null ? null : EnGb.date(leaseholderToldOn),
            "borrowers", correspondence.parties().stream().map(Party::name).toList(),
            "titleNumber", requireNonNull(c.titleNumber()),
            "chargeDate", EnGb.date(requireNonNull(c.chargeDate())),
            "registerCopyDated", EnGb.date(requireNonNull(c.registerCopyDated())),
            "property", oneLine(requireNonNull(c.property()))));
    return model;
  }

  static String oneLine(PostalAddress address) {
    List<String> parts = new ArrayList<>(address.lines());
    parts.add(address.town());
    if (!address.postcode().isBlank()) {
      parts.add(address.postcode());
    }
    return String.join(", ", parts);
  }
}
