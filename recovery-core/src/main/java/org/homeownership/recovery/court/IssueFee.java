package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.money.Money;

/**
 * The court issue fee on a claim.
 *
 * @param claim the amount the fee was worked out on: the debt plus the interest claimed (§6.4)
 * @param fee the fee
 * @param band the band applied, in words, such as {@code over £300.00 up to £500.00: £50.00}
 */
public record IssueFee(Money claim, Money fee, String band) {

  /** Checks every part is given. */
  public IssueFee {
    requireNonNull(claim, "claim");
    requireNonNull(fee, "fee");
    requireNonNull(band, "band");
  }

  /** The fee in one line: {@code issue fee £50.00 on a claim of £300.01 (band …)}. */
  public String describe() {
    return "issue fee " + fee.format() + " on a claim of " + claim.format() + " (" + band + ")";
  }
}
