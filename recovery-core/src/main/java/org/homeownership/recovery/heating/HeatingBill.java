package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.money.Money;

/**
 * A district heating bill: heat used and the standing charge, each net, with its VAT and total, the
 * charges to post, and an explanation that reproduces every figure (LAW-AND-PRACTICE.md §9.1 reg 9:
 * bills must explain how they were derived).
 *
 * @param request what was billed
 * @param tariff the tariff in force for the occupied period
 * @param rounding the rounding rule applied, named in the explanation
 * @param occupied the days billed: the billing period's days the account holder occupied
 * @param heatUsedKwh closing register less opening register
 * @param usageNet heat used × unit rate, rounded at the line total
 * @param usageVat VAT on {@code usageNet}
 * @param standingNet occupied days × daily standing charge, rounded at the line total
 * @param standingVat VAT on {@code standingNet}
 * @param charges the charges to post: usage and standing charge, each including its VAT, omitting a
 *     line of zero
 * @param explanation every figure on the bill, one line each
 */
public record HeatingBill(
    HeatingBillRequest request,
    HeatTariff tariff,
    HeatBillRounding rounding,
    DateRange occupied,
    BigDecimal heatUsedKwh,
    Money usageNet,
    Money usageVat,
    Money standingNet,
    Money standingVat,
    List<Charge> charges,
    List<String> explanation) {

  /** Checks every part is given and the charges sum to the total. */
  public HeatingBill {
    requireNonNull(request, "request");
    requireNonNull(tariff, "tariff");
    requireNonNull(rounding, "rounding");
    requireNonNull(occupied, "occupied");
    requireNonNull(heatUsedKwh, "heatUsedKwh");
    requireNonNull(usageNet, "usageNet");
    requireNonNull(usageVat, "usageVat");
    requireNonNull(standingNet, "standingNet");
    requireNonNull(standingVat, "standingVat");
    charges = List.copyOf(charges);
    explanation = List.copyOf(explanation);
    Money charged = charges.stream().map(Charge::amount).reduce(Money.ZERO, Money::plus);
    if (!charged.equals(usageNet.plus(usageVat).plus(standingNet).plus(standingVat))) {
      throw new IllegalArgumentException("charges " + charged + " do not sum to the bill's total");
    }
  }

  /** The days billed for the standing charge, counting the first and the last day occupied. */
  public long occupiedDays() {
    return occupied.days();
  }

  /** The usage line including VAT. */
  public Money usageTotal() {
    return usageNet.plus(usageVat);
  }

  /** The standing charge line including VAT. */
  public Money standingTotal() {
    return standingNet.plus(standingVat);
  }

  /** The VAT on the bill. */
  public Money vat() {
    return usageVat.plus(standingVat);
  }

  /** The bill's total including VAT. */
  public Money total() {
    return usageTotal().plus(standingTotal());
  }
}
