package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A council's apportionment configuration.
 *
 * @param bedroomWeights the weight for each bedroom count (0 for a bedsit), used where a lease
 *     names bedroom weighting; Hackney's living space factor, for example, is bedsit 1.5, 1 bed
 *     3.0, 2 bed 4.0, 3 bed 4.5, 4 bed 5.0 (LAW-AND-PRACTICE.md §4)
 * @param residueRule who bears the pence left over
 * @param managementFeeRounding how a management fee is rounded to the penny
 */
public record ApportionmentPolicy(
    ImmutableSortedMap<Integer, BigDecimal> bedroomWeights,
    ResidueRule residueRule,
    RoundingMode managementFeeRounding) {

  /** Checks every part is given and no weight is negative. */
  public ApportionmentPolicy {
    requireNonNull(bedroomWeights, "bedroomWeights");
    requireNonNull(residueRule, "residueRule");
    requireNonNull(managementFeeRounding, "managementFeeRounding");
    bedroomWeights.forEach(
        (bedrooms, weight) -> {
          if (bedrooms < 0 || weight.signum() < 0) {
            throw new IllegalArgumentException(
                "bedroom weighting " + bedrooms + " -> " + weight.toPlainString() + " is negative");
          }
        });
  }

  /** The council bears the residue, fees round half-up, and the given bedroom weights. */
  public static ApportionmentPolicy councilBearsResidue(Map<Integer, BigDecimal> bedroomWeights) {
    return new ApportionmentPolicy(
        ImmutableSortedMap.copyOf(bedroomWeights), ResidueRule.COUNCIL_BEARS, RoundingMode.HALF_UP);
  }
}
