package org.homeownership.recovery.sharedownership;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.homeownership.recovery.money.Money;

/**
 * A shared ownership annual rent with the figures that produced it.
 *
 * @param amount the annual rent
 * @param explanation every figure behind it, one line each
 */
public record AnnualRent(Money amount, List<String> explanation) {

  /** Checks the amount is given and copies the explanation. */
  public AnnualRent {
    requireNonNull(amount, "amount");
    explanation = List.copyOf(explanation);
  }
}
