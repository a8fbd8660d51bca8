package org.homeownership.recovery.majorworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * What the caps need to know about one leaseholder and these works. Build one with {@link
 * #builder()}.
 */
@Value.Immutable
public abstract class LeaseholderPosition {

  LeaseholderPosition() {}

  /** A new builder. */
  public static ImmutableLeaseholderPosition.Builder builder() {
    return ImmutableLeaseholderPosition.builder();
  }

  /** The dwelling. */
  public abstract DwellingId dwelling();

  /**
   * Whether the leaseholder is a qualifying lessee under the 2014 Directions: an individual for
   * whom the flat was the only or principal home at the start of the works (§3.1).
   */
  public abstract boolean qualifyingLessee();

  /** Earlier charges under the Directions, which count towards the cap. */
  public abstract List<PriorCappedCharge> priorCappedCharges();

  /** The date the Right to Buy lease was granted, if it was one. */
  public abstract Optional<LocalDate> rightToBuyGrantDate();

  /**
   * The end of the Right to Buy initial period where the lease fixes it (the end of the fifth
   * service charge year, say); otherwise it ends five years after the grant (§3.2).
   */
  public abstract Optional<LocalDate> initialPeriodEnd();

  /** The s.125 notice's itemised estimate of the tenant's contribution for these works, if any. */
  public abstract Optional<Money> rightToBuyEstimate();

  /**
   * The inflation allowance on the s.125 estimate as a factor (1.12 for 12%), worked out by finance
   * from the index the Housing (Right to Buy) (Service Charges) Order 1986 names. The Order's
   * formula is not in LAW-AND-PRACTICE.md (UNCONFIRMED), so it is an input.
   */
  public abstract Optional<BigDecimal> inflationAllowanceFactor();
}
