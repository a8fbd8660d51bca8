package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedCharge;

/**
 * What a letter of claim or a county court claim may ask for on a date: the counted arrears less
 * the debt already covered by a judgment. A judgment covers the charges claimed in its claim; they
 * are enforced under the judgment, never claimed again (LAW-AND-PRACTICE.md §6.2, §8).
 *
 * @param asOf the date
 * @param counted the counted arrears (withheld, barred and disputed amounts already left out)
 * @param coveredByJudgment the counted amount of charges covered by a judgment given by {@code
 *     asOf}
 * @param claimable what may be claimed: counted less covered
 * @param claimableCharges the charges with something claimable, oldest due first
 * @param judgments the claims whose judgments cover charges, in the order recorded
 */
public record ClaimableBalance(
    LocalDate asOf,
    Money counted,
    Money coveredByJudgment,
    Money claimable,
    ImmutableList<CountedCharge> claimableCharges,
    ImmutableList<ClaimNumber> judgments) {

  /** Checks every part is given and the figures add up. */
  public ClaimableBalance {
    requireNonNull(asOf, "asOf");
    requireNonNull(counted, "counted");
    requireNonNull(coveredByJudgment, "coveredByJudgment");
    requireNonNull(claimable, "claimable");
    requireNonNull(claimableCharges, "claimableCharges");
    requireNonNull(judgments, "judgments");
    if (!counted.minus(coveredByJudgment).equals(claimable)) {
      throw new IllegalArgumentException(
          "claimable " + claimable + " is not counted " + counted + " less " + coveredByJudgment);
    }
  }

  /** The claimable balance of {@code position} given the judgments in {@code cases}. */
  public static ClaimableBalance of(ArrearsPosition position, CourtCases cases) {
    LocalDate asOf = position.asOf();
    ImmutableSet<EntryId> covered = cases.chargesCoveredByJudgment(asOf);
    Money coveredAmount = Money.ZERO;
    ImmutableList.Builder<CountedCharge> claimable = ImmutableList.builder();
    for (CountedCharge charge : position.charges()) {
      if (!charge.counted().isPositive()) {
        continue;
      }
      if (covered.contains(charge.id())) {
        coveredAmount = coveredAmount.plus(charge.counted());
      } else {
        claimable.add(charge);
      }
    }
    Money counted = position.counted();
    return new ClaimableBalance(
        asOf,
        counted,
        coveredAmount,
        counted.minus(coveredAmount),
        claimable.build(),
        cases.judgmentsBy(asOf).stream()
            .map(CountyCourtClaim::claimNumber)
            .collect(ImmutableList.toImmutableList()));
  }

  /** The ids of the charges with something claimable. */
  public ImmutableSet<EntryId> claimableChargeIds() {
    return claimableCharges.stream().map(CountedCharge::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The figures in words: {@code counted £900.00 less £600.00 covered by judgment (…) = £300.00}.
   */
  public String describe() {
    return "counted "
        + counted.format()
        + " less "
        + coveredByJudgment.format()
        + " covered by judgment"
        + (judgments.isEmpty() ? "" : " in " + judgments)
        + " = "
        + claimable.format();
  }
}
