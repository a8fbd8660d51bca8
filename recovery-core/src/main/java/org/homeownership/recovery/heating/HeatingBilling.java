package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * Bills district heating for one dwelling and period (LAW-AND-PRACTICE.md §9): heat used × unit
 * rate plus occupied days × daily standing charge, each line rounded once at its total, VAT on each
 * line, by the tariff and rounding rule in force for the period.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Days of occupancy are the billing period's days that fall in the occupancy, counting both
 *       the first and the last day occupied (§9.3's recommendation): a move-in on 15 January billed
 *       to 31 March is 76 days.
 *   <li>Heat used is the closing register less the opening register, billed in full; the bill says
 *       whether each reading is actual or estimated (§9.1 reg 9).
 *   <li>One tariff per bill: if the tariff changes inside the occupied period the bill is not made
 *       and the reason says to bill the parts either side of the change separately, with a reading
 *       on the change date.
 *   <li>A dwelling without a heat meter falls back to an apportioned heating charge (§9.3).
 *   <li>Charges: {@code HEATING_USAGE} with external reference {@code
 *       HEAT-USAGE-<dwelling>-<billing period start>} and {@code HEATING_STANDING_CHARGE} with
 *       {@code HEAT-STANDING-<dwelling>-<billing period start>}, each including its VAT.
 * </ul>
 */
public final class HeatingBilling {

  private final EffectiveDated<HeatTariff> tariffs;
  private final EffectiveDated<HeatBillRounding> rounding;

  /**
   * Billing by the given configuration.
   *
   * @param tariffs the heat network's tariffs by the date each takes effect, with their source
   * @param rounding the rounding rule by the date each takes effect, with its source
   */
  public HeatingBilling(
      EffectiveDated<HeatTariff> tariffs, EffectiveDated<HeatBillRounding> rounding) {
    this.tariffs = requireNonNull(tariffs, "tariffs");
    this.rounding = requireNonNull(rounding, "rounding");
  }

  /**
   * The bill for {@code request}, the fall-back for an unmetered dwelling, or why there is none.
   */
  public HeatingBillOutcome bill(HeatingBillRequest request) {
    if (!request.metered()) {
      return new HeatingBillOutcome.ApportionedFallback(
          request.dwelling(),
          List.of(
              "Dwelling "
                  + request.dwelling()
                  + " has no heat meter: its heating for "
                  + request.billingPeriod().describe()
                  + " is recovered as an apportioned heating charge within the service charge,"
                  + " not billed by usage (LAW-AND-PRACTICE.md §9.3)"));
    }
    List<String> problems = new ArrayList<>();
    DateRange period = request.billingPeriod();
    LocalDate start = max(period.start(), request.occupancy().start());
    LocalDate end = min(period.endExclusive(), request.occupancy().endExclusive());
    if (!start.isBefore(end)) {
      return new HeatingBillOutcome.NotBilled(
          List.of(
              "The occupancy "
                  + request.occupancy()
                  + " has no day in the billing period "
                  + period.describe()));
    }
    DateRange occupied = new DateRange(start, end);
    if (tariffs.find(start).isEmpty()) {
      problems.add(tariffs.name() + " has no version in force on " + start);
    }
    SortedMap<LocalDate, HeatTariff> changes = tariffs.versions().subMap(start.plusDays(1), end);
    if (!changes.isEmpty()) {
      problems.add(
          tariffs.name()
              + " changes on "
              + changes.firstKey()
              + ", within "
              + occupied.describe()
              + ": bill the parts either side of the change separately, with a reading on "
              + changes.firstKey());
    }
    if (rounding.find(start).isEmpty()) {
      problems.add(rounding.name() + " has no version in force on " + start);
    }
    if (request.openingReading().isEmpty() || request.closingReading().isEmpty()) {
      problems.add(
          "Dwelling "
              + request.dwelling()
              + " is metered but an opening or closing reading is missing: give an actual or"
              + " estimated reading (LAW-AND-PRACTICE.md §9.1, reg 9)");
    } else {
      MeterReading opening = request.openingReading().get();
      MeterReading closing = request.closingReading().get();
      if (!closing.readOn().isAfter(opening.readOn())) {
        problems.add(
            "The closing reading on "
                + closing.readOn()
                + " is not after the opening reading on "
                + opening.readOn());
      }
      if (closing.registerKwh().compareTo(opening.registerKwh()) < 0) {
        problems.add(
            "The closing register "
                + closing.registerKwh().toPlainString()
                + " kWh is below the opening register "
                + opening.registerKwh().toPlainString()
                + " kWh: check for a misread or a meter exchange");
      }
    }
    if (!problems.isEmpty()) {
      return new HeatingBillOutcome.NotBilled(problems);
    }
    return new HeatingBillOutcome.Billed(
        price(request, occupied, tariffs.on(start), rounding.on(start)));
  }

  private HeatingBill price(
      HeatingBillRequest request, DateRange occupied, HeatTariff tariff, HeatBillRounding rule) {
    MeterReading opening = request.openingReading().orElseThrow();
    MeterReading closing = request.closingReading().orElseThrow();
    BigDecimal used = closing.registerKwh().subtract(opening.registerKwh());
    Money usageNet = rule.line(used.multiply(tariff.unitRatePence()));
    Money usageVat = rule.vat(usageNet, tariff.vatFraction());
    long days = occupied.days();
    Money standingNet =
        rule.line(BigDecimal.valueOf(days).multiply(tariff.standingChargePencePerDay()));
    Money standingVat = rule.vat(standingNet, tariff.vatFraction());

    String dwelling = request.dwelling().value();
    LocalDate periodStart = request.billingPeriod().start();
    List<Charge> charges = new ArrayList<>();
    addCharge(
        charges,
        request,
        occupied,
        ChargeType.HEATING_USAGE,
        "HEAT-USAGE-" + dwelling + "-" + periodStart,
        usageNet.plus(usageVat));
    addCharge(
        charges,
        request,
        occupied,
        ChargeType.HEATING_STANDING_CHARGE,
        "HEAT-STANDING-" + dwelling + "-" + periodStart,
        standingNet.plus(standingVat));

    String vat = tariff.vatPercent().stripTrailingZeros().toPlainString() + "%";
    List<String> explanation = new ArrayList<>();
    explanation.add(
        "Billing period "
            + request.billingPeriod().describe()
            + " ("
            + request.billingPeriod().days()
            + " days)");
    explanation.add(
        "Occupied "
            + occupied.describe()
            + ": "
            + days
            + " days, counting the first and the last day");
    explanation.add(
        "Tariff ("
            + tariffs.name()
            + ", "
            + tariffs.source()
            + "): unit rate "
            + pence(tariff.unitRatePence())
            + " per kWh, standing charge "
            + pence(tariff.standingChargePencePerDay())
            + " per day, before VAT at "
            + vat);
    explanation.add("Opening reading " + opening.describe());
    explanation.add("Closing reading " + closing.describe());
    explanation.add(
        "Heat used: "
            + used.toPlainString()
            + " kWh × "
            + pence(tariff.unitRatePence())
            + " = "
            + usageNet.format()
            + "; VAT at "
            + vat
            + " "
            + usageVat.format()
            + "; "
            + usageNet.plus(usageVat).format());
    explanation.add(
        "Standing charge: "
            + days
            + " days × "
            + pence(tariff.standingChargePencePerDay())
            + " = "
            + standingNet.format()
            + "; VAT at "
            + vat
            + " "
            + standingVat.format()
            + "; "
            + standingNet.plus(standingVat).format());
    Money net = usageNet.plus(standingNet);
    Money vatTotal = usageVat.plus(standingVat);
    explanation.add(
        "Total "
            + net.plus(vatTotal).format()
            + " (net "
            + net.format()
            + ", VAT "
            + vatTotal.format()
            + ")");
    explanation.add("Rounding (" + rounding.name() + "): " + rule.describe());
    return new HeatingBill(
        request,
        tariff,
        rule,
        occupied,
        used,
        usageNet,
        usageVat,
        standingNet,
        standingVat,
        charges,
        explanation);
  }

  private static void addCharge(
      List<Charge> charges,
      HeatingBillRequest request,
      DateRange occupied,
      ChargeType type,
      String reference,
      Money amount) {
    if (!amount.isPositive()) {
      return;
    }
    charges.add(
        Charge.builder()
            .chargeType(type)
            .periodCovered(occupied)
            .dateRaised(request.dateRaised())
            .dueDate(request.dueDate())
            .demandReference(request.demandReference())
            .amount(amount)
            .externalReference(reference)
            .build());
  }

  private static String pence(BigDecimal pence) {
    return pence.stripTrailingZeros().toPlainString() + "p";
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
