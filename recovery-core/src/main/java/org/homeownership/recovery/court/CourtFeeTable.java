package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * A table of court issue fees by claim amount: bands in rising order of their upper limits, the
 * last open-ended. The fee is worked out on the whole claim including interest (§6.4).
 *
 * @param bands the bands, upper limits rising, the last with none
 */
public record CourtFeeTable(ImmutableList<FeeBand> bands) {

  /** Checks the bands rise and only the last is open-ended. */
  public CourtFeeTable {
    requireNonNull(bands, "bands");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a court fee table needs at least one band");
    }
    for (int i = 0; i < bands.size(); i++) {
      boolean last = i == bands.size() - 1;
      if (bands.get(i).upTo().isPresent() == last) {
        throw new IllegalArgumentException(
            "court fee band " + (i + 1) + ": only the last band is open-ended, and it must be");
      }
      if (i > 0 && !last) {
        Money previous = bands.get(i - 1).upTo().orElseThrow();
        if (!bands.get(i).upTo().orElseThrow().isGreaterThan(previous)) {
          throw new IllegalArgumentException(
              "court fee band " + (i + 1) + ": upper limit does not rise above " + previous);
        }
      }
    }
  }

  /**
   * The issue fee on a claim of {@code claim} (the debt plus the interest claimed).
   *
   * @throws IllegalArgumentException if the claim is not above zero
   */
  public IssueFee feeOn(Money claim) {
    requireNonNull(claim, "claim");
    if (!claim.isPositive()) {
      throw new IllegalArgumentException("claim amount must be above zero: " + claim);
    }
    for (int i = 0; i < bands.size(); i++) {
      FeeBand band = bands.get(i);
      if (band.covers(claim)) {
        return new IssueFee(claim, band.rule().feeOn(claim), describe(i));
      }
    }
    throw new IllegalStateException("the open top band covers every claim");
  }

  private String describe(int index) {
    FeeBand band = bands.get(index);
    if (bands.size() == 1) {
      return "any claim: " + band.rule().describe();
    }
    String from =
        index == 0
            ? "up to "
            : "over " + bands.get(index - 1).upTo().orElseThrow().format() + " up to ";
    return (band.upTo().isPresent()
            ? from + band.upTo().get().format()
            : "over " + bands.get(index - 1).upTo().orElseThrow().format())
        + ": "
        + band.rule().describe();
  }
}
