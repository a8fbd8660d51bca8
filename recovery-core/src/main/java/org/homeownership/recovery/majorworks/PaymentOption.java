package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * One way a leaseholder may pay a major works charge, with its figures.
 *
 * @param kind in full, in full with a discount, by instalments, or by a statutory loan
 * @param payable the total to pay, before any interest or fee
 * @param months the number of monthly instalments; 0 when paid at once
 * @param firstInstalment the first instalment (it takes any odd pence); the sum when paid at once
 * @param laterInstalments each later instalment
 * @param interestFreeMonths how many of the months are interest-free
 * @param administrationFees the administration fees over the term
 * @param legalChargeRequired whether the council takes a legal charge over the flat
 * @param terms the conditions, in words
 */
public record PaymentOption(
    Kind kind,
    Money payable,
    int months,
    Money firstInstalment,
    Money laterInstalments,
    int interestFreeMonths,
    Money administrationFees,
    boolean legalChargeRequired,
    ImmutableList<String> terms) {

  /** The kinds of option. */
  public enum Kind {
    /** The whole charge by the demand's due date. */
    IN_FULL,
    /** The whole charge, less the council's prompt-payment discount. */
    IN_FULL_WITH_DISCOUNT,
    /** Monthly instalments under the council's payment table. */
    INSTALMENTS,
    /** A statutory service charge loan (the charge left outstanding, repaid in instalments). */
    STATUTORY_LOAN
  }

  /** Checks every part is given. */
  public PaymentOption {
    requireNonNull(kind, "kind");
    requireNonNull(payable, "payable");
    requireNonNull(firstInstalment, "firstInstalment");
    requireNonNull(laterInstalments, "laterInstalments");
    requireNonNull(administrationFees, "administrationFees");
    requireNonNull(terms, "terms");
  }
}
