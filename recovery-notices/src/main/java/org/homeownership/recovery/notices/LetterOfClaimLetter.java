package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.LetterOfClaimFigures;
import org.jspecify.annotations.Nullable;

/**
 * The letter of claim under the Pre-Action Protocol for Debt Claims (LAW-AND-PRACTICE.md
 * §6.1–§6.3), with its enclosures in the same document, each starting on a new page: the up-to-date
 * statement of account, an information sheet, a reply form and a financial statement form with the
 * headings of the Standard Financial Statement (§11).
 *
 * <p>The letter states every item §6.2 requires that applies to a council's leasehold debt: the
 * amount of the debt (the claimable amount, with any judgment already obtained netted off and
 * noted), whether interest or other charges continue, the written agreement (the lease: its date,
 * its parties, and a copy or the offer of one), why instalments paid or offered are not acceptable
 * (if any are), how to pay and how to get in touch, the address to send the reply form to, and the
 * date to reply by: the number of days from the protocol's effective-dated figures after the date
 * of the letter (§6.3). It is dated at the top and goes by post (§6.2). A council's debt is not
 * assigned, so the assignment item does not arise.
 *
 * <p>The protocol's own Annex 1 (information sheet and reply form) and Annex 2 (financial
 * statement) were not in the sources read (LAW-AND-PRACTICE.md Appendix A item 2, UNCONFIRMED). The
 * default enclosures are built from the secondary descriptions in §6.2–§6.3 (reply form boxes A to
 * D and a payment section) and the Standard Financial Statement headings in §11; whether the SFS
 * may stand in for Annex 2 is UNCONFIRMED. A council holding the protocol's forms overrides the
 * partials {@code partials/claim-information-sheet}, {@code partials/claim-reply-form} and {@code
 * partials/financial-statement} from its template directory.
 *
 * @param correspondence who the letter is to and its date; must go by post
 * @param claimReference the council's reference for the claim
 * @param claimableAmount the amount of the debt claimed, with any judgment already obtained netted
 *     off (computed in the core)
 * @param nettedJudgment the judgment netted off, if any, noted in the letter
 * @param lease the lease the charges are payable under
 * @param continuing whether interest and other charges continue
 * @param instalmentsNotAcceptable null if no instalments are being paid or offered; otherwise why
 *     they are not acceptable and why a claim is still considered
 * @param replyTo the address the completed reply form is to be sent to
 * @param statement the up-to-date statement of account, enclosed
 * @param figures the protocol's figures, effective-dated; {@link LetterOfClaimFigures#protocol()}
 */
public record LetterOfClaimLetter(
    Correspondence correspondence,
    @Nullable String claimReference,
    @Nullable Money claimableAmount,
    @Nullable NettedJudgment nettedJudgment,
    @Nullable LeaseAgreement lease,
    @Nullable ContinuingCharges continuing,
    @Nullable String instalmentsNotAcceptable,
    @Nullable PostalAddress replyTo,
    @Nullable Statement statement,
    EffectiveDated<LetterOfClaimFigures> figures)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "letter-of-claim";

  /** Checks the figures are given. */
  public LetterOfClaimLetter {
    requireNonNull(figures, "figures");
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Letter of claim";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    LocalDate letterDate = correspondence.letterDate();
    ServiceMethod delivery = correspondence.delivery();
    requirements.require(
        "correspondence.delivery",
        delivery == ServiceMethod.FIRST_CLASS_POST || delivery == ServiceMethod.SECOND_CLASS_POST,
        "a letter of claim is sent by post on its date or the next day (Pre-Action Protocol for"
            + " Debt Claims; LAW-AND-PRACTICE.md §6.2); it may be emailed as well");
    if (requirements.present("claimReference", claimReference)) {
      requirements.require("claimReference", !claimReference.isBlank(), "is blank");
    }
    if (requirements.present("claimableAmount", claimableAmount)) {
      requirements.require(
          "claimableAmount", claimableAmount.isPositive(), "is not above zero: nothing to claim");
    }
    if (nettedJudgment != null) {
      if (requirements.present("nettedJudgment.claimNumber", nettedJudgment.claimNumber())) {
        requirements.require(
            "nettedJudgment.claimNumber", !nettedJudgment.claimNumber().isBlank(), "is blank");
      }
      if (requirements.present("nettedJudgment.judgmentOn", nettedJudgment.judgmentOn())
          && letterDate != null) {
        requirements.require(
            "nettedJudgment.judgmentOn",
            !nettedJudgment.judgmentOn().isAfter(letterDate),
            "is after the letter's date");
      }
      if (requirements.present("nettedJudgment.amount", nettedJudgment.amount())) {
        requirements.require(
            "nettedJudgment.amount", nettedJudgment.amount().isPositive(), "is not above zero");
      }
    }
    if (requirements.present("lease", lease)) {
      if (requirements.present("lease.date", lease.date()) && letterDate != null) {
        requirements.require(
            "lease.date", !lease.date().isAfter(letterDate), "is after the letter's date");
      }
      requirements.require(
          "lease.parties",
          !lease.parties().isEmpty() && lease.parties().stream().noneMatch(String::isBlank),
          "are missing: a letter of claim names the parties to the written agreement");
    }
    if (requirements.present("continuing", continuing)) {
      if (requirements.present("continuing.interest", continuing.interest())
          && continuing.interest()) {
        requirements.require(
            "continuing.interestBasis",
            continuing.interestBasis() != null && !continuing.interestBasis().isBlank(),
            "is missing: say on what basis and at what rate interest is added");
      }
      if (requirements.present("continuing.otherCharges", continuing.otherCharges())
          && continuing.otherCharges()) {
        requirements.require(
            "continuing.otherChargesBasis",
            continuing.otherChargesBasis() != null && !continuing.otherChargesBasis().isBlank(),
            "is missing: say which charges are added");
      }
    }
    if (instalmentsNotAcceptable != null) {
      requirements.require(
          "instalmentsNotAcceptable", !instalmentsNotAcceptable.isBlank(), "is blank");
    }
    requirements.present("replyTo", replyTo);
    if (requirements.present("statement", statement)) {
      if (correspondence.account() != null) {
        requirements.require(
            "statement.account",
            statement.account().equals(correspondence.account()),
            "is for a different account from the letter");
      }
      if (letterDate != null) {
        requirements.require(
            "statement.period",
            !statement.period().endInclusive().isAfter(letterDate),
            "ends after the letter's date");
      }
    }
    if (letterDate != null) {
      requirements.require(
          "figures",
          figures.find(letterDate).isPresent(),
          "no Pre-Action Protocol figures are in force on the letter's date");
    }
  }

  @Override
  public Map<String, Object> model() {
    LocalDate date = requireNonNull(correspondence.letterDate());
    LetterOfClaimFigures f = figures.on(date);
    LeaseAgreement l = requireNonNull(lease, "lease");
    ContinuingCharges c = requireNonNull(continuing, "continuing");
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("reference", requireNonNull(claimReference));
    claim.put("amount", EnGb.money(requireNonNull(claimableAmount)));
    claim.put(
        "judgment",
        nettedJudgment == null
            ? null
            : Model.of(
                "claimNumber", nettedJudgment.claimNumber(),
                "date", EnGb.date(requireNonNull(nettedJudgment.judgmentOn())),
                "amount", EnGb.money(requireNonNull(nettedJudgment.amount()))));
    claim.put(
        "lease",
        Model.of(
            "date", EnGb.date(requireNonNull(l.date())),
            "parties", l.parties(),
            "copyEnclosed", l.copyEnclosed()));
    claim.put("interest", Model.of("continuing", c.interest(), "basis", c.interestBasis()));
    claim.put("charges", Model.of("continuing", c.otherCharges(), "basis", c.otherChargesBasis()));
    claim.put("instalmentsNotAcceptable", instalmentsNotAcceptable);
    claim.put("replyDays", f.replyDays());
    claim.put("replyBy", EnGb.date(date.plusDays(f.replyDays())));
    claim.put("proceedingsNotBeforeDays", f.proceedingsNotBeforeDays());
    claim.put("documentsWithinDays", f.documentsWithinDays());
    claim.put("replyTo", LetterComposer.addressLines(requireNonNull(replyTo)));
    return Map.of(
        "claim",
        claim,
        "statement",
        StatementOfAccountLetter.statementModel(requireNonNull(statement, "statement")));
  }
}
