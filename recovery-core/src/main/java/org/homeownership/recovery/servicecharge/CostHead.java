package org.homeownership.recovery.servicecharge;

import java.util.Map;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * One head of cost in a service charge budget or year-end account, such as block cleaning or
 * buildings insurance: its pool and its total. A head charged directly names the amount for each
 * dwelling instead, and those amounts must add up to the total. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class CostHead {

  CostHead() {}

  /** A new builder. */
  public static ImmutableCostHead.Builder builder() {
    return ImmutableCostHead.builder();
  }

  /** The head's name, as it reads on a bill. */
  public abstract String name();

  /** The dwellings that share it. */
  public abstract CostPool pool();

  /** The cost to share. */
  public abstract Money total();

  /** For a directly charged head, each dwelling's amount; empty for a shared head. */
  public abstract Map<DwellingId, Money> directCharges();

  /** True if the head is charged directly rather than shared. */
  public boolean isDirect() {
    return !directCharges().isEmpty();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a cost head has a blank name");
    }
    if (total().isNegative()) {
      throw new IllegalArgumentException(
          "cost head '" + name() + "' has a negative total: " + total());
    }
    if (isDirect()) {
      Money sum = directCharges().values().stream().reduce(Money.ZERO, Money::plus);
      if (!sum.equals(total())) {
        throw new IllegalArgumentException(
            "cost head '"
                + name()
                + "': direct charges add up to "
                + sum
                + ", not the total "
                + total());
      }
    }
  }
}
