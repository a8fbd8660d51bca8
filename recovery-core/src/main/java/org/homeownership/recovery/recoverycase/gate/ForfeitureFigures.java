package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * The figures of the forfeiture gate.
 *
 * @param prescribedSum s.167: forfeiture only if the unpaid amount exceeds this (£350, SI
 *     2004/3086; §5.2)
 * @param prescribedPeriod s.167: or if any part has been payable for more than this (3 years; §5.2)
 * @param section81Days s.81: no forfeiture until this many days after a final determination (14;
 *     §5.3)
 * @param countedTypes the charge types the s.167 sum counts: rent, service charges and
 *     administration charges, default charges ({@code DEFAULT_ADMINISTRATION_CHARGE}, for late
 *     payment) left out (§5.2)
 * @param section81Types the charge types that need a s.81 determination or admission (service and
 *     administration charges; §5.3)
 */
public record ForfeitureFigures(
    Money prescribedSum,
    Period prescribedPeriod,
    int section81Days,
    ImmutableSet<ChargeType> countedTypes,
    ImmutableSet<ChargeType> section81Types) {

  /** The source of the statutory figures. */
  public static final String SOURCE =
      "CLRA 2002 s.167 and SI 2004/3086; HA 1996 s.81; LAW-AND-PRACTICE.md §5.2–§5.3";

  /** Checks every part is given. */
  public ForfeitureFigures {
    requireNonNull(prescribedSum, "prescribedSum");
    requireNonNull(prescribedPeriod, "prescribedPeriod");
    requireNonNull(countedTypes, "countedTypes");
    requireNonNull(section81Types, "section81Types");
    if (section81Days < 0) {
      throw new IllegalArgumentException("s.81 days are negative");
    }
  }

  /** The figures in force since SI 2004/3086 (in force 28 February 2005 in England). */
  public static EffectiveDated<ForfeitureFigures> statutory() {
    ImmutableSet<ChargeType> serviceCharges =
        ImmutableSet.of(
            ChargeType.SERVICE_CHARGE,
            ChargeType.SERVICE_CHARGE_BALANCING,
            ChargeType.MAJOR_WORKS,
            ChargeType.HEATING_USAGE,
            ChargeType.HEATING_STANDING_CHARGE);
    ImmutableSet<ChargeType> counted =
        ImmutableSet.<ChargeType>builder()
            .addAll(serviceCharges)
            .add(ChargeType.GROUND_RENT, ChargeType.SHARED_OWNERSHIP_RENT)
            .add(ChargeType.ADMINISTRATION_CHARGE)
            .build();
    return EffectiveDated.from(
        LocalDate.of(2005, 2, 28),
        new ForfeitureFigures(
            Money.ofPence(35_000),
            Period.ofYears(3),
            14,
            counted,
            ImmutableSet.<ChargeType>builder()
                .addAll(serviceCharges)
                .add(ChargeType.ADMINISTRATION_CHARGE, ChargeType.DEFAULT_ADMINISTRATION_CHARGE)
                .build()),
        "forfeiture figures",
        SOURCE);
  }
}
