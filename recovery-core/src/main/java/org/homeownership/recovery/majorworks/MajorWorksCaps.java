package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * Applies the statutory caps to a leaseholder's share of a scheme, in this order, each on what the
 * one before left:
 *
 * <ol>
 *   <li><b>s.20 consultation</b> (LTA 1985 s.20, SI 2003/1987; LAW-AND-PRACTICE.md §1.2): without
 *       consultation or the tribunal's dispensation, the share is capped at the qualifying-works
 *       limit.
 *   <li><b>Right to Buy initial period</b> (HA 1985 Sch 6 para 16B; §3.2): works charged within the
 *       initial period are capped at the s.125 itemised estimate plus the inflation allowance,
 *       rounded down to the penny in the leaseholder's favour.
 *   <li><b>2014 Mandatory Reduction Directions</b> (§3.1): for works whose government funding was
 *       applied for on or after the Directions came into force, a qualifying lessee's charges for
 *       such works over any rolling five years are capped (London and elsewhere differ).
 * </ol>
 *
 * <p>Each reduction is shown with its reason; a cap that did not apply is noted with why.
 */
public final class MajorWorksCaps {

  private final MajorWorksFigures figures;
  private final boolean councilInLondon;

  /** Caps with the given figures, for a council in London or not. */
  public MajorWorksCaps(MajorWorksFigures figures, boolean councilInLondon) {
    this.figures = requireNonNull(figures, "figures");
    this.councilInLondon = councilInLondon;
  }

  /** The charge to {@code position}'s leaseholder of {@code share} of {@code scheme}. */
  public MajorWorksCharge apply(
      MajorWorksScheme scheme, LeaseholderPosition position, Money share) {
    ImmutableList.Builder<Reduction> reductions = ImmutableList.builder();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    Money charge = share;
    LocalDate demanded = scheme.demandedOn();

    Money limit = figures.qualifyingWorksLimit().on(demanded);
    if (scheme.consultation().satisfied()) {
      notes.add(
          scheme.consultation().isComplete()
              ? "s.20: consultation completed"
              : "s.20: dispensation granted on "
                  + scheme.consultation().dispensationGranted().orElseThrow());
    } else if (charge.isGreaterThan(limit)) {
      reductions.add(
          new Reduction(
              "s.20 consultation cap",
              "LTA 1985 s.20; SI 2003/1987 reg 6; LAW-AND-PRACTICE.md §1.2",
              charge.minus(limit),
              "the works were neither consulted on nor dispensed with, so the share of "
                  + charge.format()
                  + " is capped at the qualifying-works limit of "
                  + limit.format()));
      charge = limit;
    } else {
      notes.add("s.20: not consulted, but the share is within the " + limit.format() + " limit");
    }

    charge = rightToBuyCap(position, demanded, charge, reductions, notes);
    charge = directionsCap(scheme, position, demanded, charge, reductions, notes);
    return new MajorWorksCharge(
        scheme.reference(), position.dwelling(), share, reductions.build(), notes.build());
  }

  private Money rightToBuyCap(
      LeaseholderPosition position,
      LocalDate demanded,
      Money charge,
      ImmutableList.Builder<Reduction> reductions,
      ImmutableList.Builder<String> notes) {
    if (position.rightToBuyGrantDate().isEmpty()) {
      notes.add("Right to Buy initial period: not a Right to Buy lease");
      return charge;
    }
    LocalDate end =
        position
            .initialPeriodEnd()
            .orElse(position.rightToBuyGrantDate().get().plus(figures.rightToBuyInitialPeriod()));
    if (!demanded.isBefore(end)) {
      notes.add("Right to Buy initial period: ended on " + end + ", before the demand");
      return charge;
    }
    if (position.rightToBuyEstimate().isEmpty()) {
      notes.add(
          "Right to Buy initial period: runs to "
              + end
              + ", but no s.125 estimate is recorded"
              + " for these works; check the s.125 notice");
      return charge;
    }
    Money estimate = position.rightToBuyEstimate().get();
    BigDecimal factor = position.inflationAllowanceFactor().orElse(BigDecimal.ONE);
    Money cap = estimate.times(factor, RoundingMode.DOWN);
    String allowance =
        position.inflationAllowanceFactor().isPresent()
            ? "the s.125 estimate of "
                + estimate.format()
                + " with an inflation allowance of × "
                + factor.toPlainString()
                + " = "
                + cap.format()
            : "the s.125 estimate of "
                + estimate.format()
                + " (no inflation allowance was given: ask finance for the index factor)";
    if (!charge.isGreaterThan(cap)) {
      notes.add("Right to Buy initial period: the charge is within " + allowance);
      return charge;
    }
    reductions.add(
        new Reduction(
            "Right to Buy initial-period cap",
            "HA 1985 s.125, Sch 6 para 16B; LAW-AND-PRACTICE.md §3.2",
            charge.minus(cap),
            "demanded within the initial period (to " + end + "), so capped at " + allowance));
    return cap;
  }

  private Money directionsCap(
      MajorWorksScheme scheme,
      LeaseholderPosition position,
      LocalDate demanded,
      Money charge,
      ImmutableList.Builder<Reduction> reductions,
      ImmutableList.Builder<String> notes) {
    boolean funded =
        scheme
            .governmentFundingAppliedFor()
            .filter(applied -> !applied.isBefore(figures.directionsInForce()))
            .isPresent();
    if (!funded) {
      notes.add(
          "Mandatory Reduction Directions: the works were not funded by government assistance"
              + " applied for on or after "
              + figures.directionsInForce());
      return charge;
    }
    if (!position.qualifyingLessee()) {
      notes.add(
          "Mandatory Reduction Directions: the leaseholder is not a qualifying lessee (an"
              + " individual whose only or principal home this is)");
      return charge;
    }
    Money cap =
        (councilInLondon ? figures.directionsCapLondon() : figures.directionsCapElsewhere())
            .on(demanded);
    LocalDate windowStart = demanded.minus(figures.directionsWindow());
    Money earlier =
        position.priorCappedCharges().stream()
            .filter(c -> c.demandedOn().isAfter(windowStart) && !c.demandedOn().isAfter(demanded))
            .map(PriorCappedCharge::amount)
            .reduce(Money.ZERO, Money::plus);
    Money room = Money.max(Money.ZERO, cap.minus(earlier));
    if (!charge.isGreaterThan(room)) {
      notes.add(
          "Mandatory Reduction Directions: "
              + earlier.format()
              + " charged since "
              + windowStart
              + " plus this charge is within the "
              + cap.format()
              + " cap");
      return charge;
    }
    reductions.add(
        new Reduction(
            "Mandatory Reduction Directions cap",
            "Social Landlords Mandatory Reduction of Service Charges (England) Directions 2014;"
                + " LAW-AND-PRACTICE.md §3.1",
            charge.minus(room),
            "a qualifying lessee's charges for funded works over the five years after "
                + windowStart
                + " are capped at "
                + cap.format()
                + (councilInLondon ? " (London)" : "")
                + "; "
                + earlier.format()
                + " was already charged, leaving "
                + room.format()));
    return room;
  }
}
