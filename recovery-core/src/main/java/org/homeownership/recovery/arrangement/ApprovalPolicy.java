package org.homeownership.recovery.arrangement;

import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * When an arrangement needs a second officer to approve it (maker and checker): above an amount or
 * a term. Both figures are council policy, held as effective-dated configuration.
 */
@Value.Immutable
public abstract class ApprovalPolicy {

  ApprovalPolicy() {}

  /** A new builder. */
  public static ImmutableApprovalPolicy.Builder builder() {
    return ImmutableApprovalPolicy.builder();
  }

  /** An arrangement whose total (starting balance) is above this needs a second officer. */
  public abstract Money secondApprovalAboveTotal();

  /** An arrangement whose term is longer than this many months needs a second officer. */
  public abstract int secondApprovalAboveTermMonths();

  @Value.Check
  void check() {
    if (secondApprovalAboveTotal().isNegative()) {
      throw new IllegalArgumentException(
          "secondApprovalAboveTotal must not be negative, not " + secondApprovalAboveTotal());
    }
    if (secondApprovalAboveTermMonths() < 0) {
      throw new IllegalArgumentException(
          "secondApprovalAboveTermMonths must not be negative, not "
              + secondApprovalAboveTermMonths());
    }
  }
}
