package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * The statutory figures the major works caps use, each effective-dated with its source. Where
 * LAW-AND-PRACTICE.md gives no commencement date, a figure is in force from {@link LocalDate#MIN}
 * rather than from an invented date.
 *
 * @param qualifyingWorksLimit the s.20 limit: a leaseholder's share of works without consultation
 *     or dispensation is capped at it (£250, §1.2)
 * @param directionsInForce the day the 2014 Mandatory Reduction Directions came into force: they
 *     apply to funding applied for on or after it (12 August 2014, §3.1)
 * @param directionsCapLondon the Directions' cap in London (£15,000, §3.1)
 * @param directionsCapElsewhere the Directions' cap outside London (£10,000, §3.1)
 * @param directionsWindow the rolling window the Directions' cap applies over (5 years, §3.1)
 * @param rightToBuyInitialPeriod the initial period after a Right to Buy grant within which the
 *     s.125 estimates cap charges (5 years, §3.2)
 */
public record MajorWorksFigures(
    EffectiveDated<Money> qualifyingWorksLimit,
    LocalDate directionsInForce,
    EffectiveDated<Money> directionsCapLondon,
    EffectiveDated<Money> directionsCapElsewhere,
    Period directionsWindow,
    Period rightToBuyInitialPeriod) {

  /** Checks every part is given. */
  public MajorWorksFigures {
    requireNonNull(qualifyingWorksLimit, "qualifyingWorksLimit");
    requireNonNull(directionsInForce, "directionsInForce");
    requireNonNull(directionsCapLondon, "directionsCapLondon");
    requireNonNull(directionsCapElsewhere, "directionsCapElsewhere");
    requireNonNull(directionsWindow, "directionsWindow");
    requireNonNull(rightToBuyInitialPeriod, "rightToBuyInitialPeriod");
  }

  /** The figures for England as LAW-AND-PRACTICE.md §1.2, §3.1 and §3.2 state them. */
  public static MajorWorksFigures england() {
    LocalDate directions = LocalDate.of(2014, 8, 12);
    return new MajorWorksFigures(
        EffectiveDated.from(
            LocalDate.MIN,
            Money.parse("250.00"),
            "s.20 qualifying works limit",
            "SI 2003/1987 reg 6; LAW-AND-PRACTICE.md §1.2"),
        directions,
        EffectiveDated.from(
            directions,
            Money.parse("15000.00"),
            "Mandatory Reduction Directions cap (London)",
            "Social Landlords Mandatory Reduction of Service Charges (England) Directions 2014;"
                + " LAW-AND-PRACTICE.md §3.1"),
        EffectiveDated.from(
            directions,
            Money.parse("10000.00"),
            "Mandatory Reduction Directions cap (outside London)",
            "Social Landlords Mandatory Reduction of Service Charges (England) Directions 2014;"
                + " LAW-AND-PRACTICE.md §3.1"),
        Period.ofYears(5),
        Period.ofYears(5));
  }
}
