package org.homeownership.recovery.majorworks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A council's major works payment options (LAW-AND-PRACTICE.md §3.4): its table of instalment
 * bands, the limit for leaseholders who do not live in the flat, the threshold above which a legal
 * charge is taken, an annual administration fee, and a prompt-payment discount. Council policy, not
 * law: every figure is the council's. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class PaymentPolicy {

  PaymentPolicy() {}

  /** A new builder. */
  public static ImmutablePaymentPolicy.Builder builder() {
    return ImmutablePaymentPolicy.builder();
  }

  /** The council's name for the policy, for the record. */
  public abstract String name();

  /** The instalment bands; at most one may contain any charge. */
  public abstract List<InstalmentBand> bands();

  /** The longest term for a leaseholder who does not live in the flat (0: no instalments). */
  public abstract OptionalInt nonResidentMaximumMonths();

  /** A legal charge is taken over the flat when the charge is above this. */
  public abstract Optional<Money> legalChargeAbove();

  /** An administration fee charged for each year of an instalment plan. */
  public abstract Optional<Money> annualAdministrationFee();

  /** A discount for paying in full promptly, as a fraction (0.05 for 5%). */
  public abstract Optional<BigDecimal> promptPaymentDiscount();

  /** Whether only resident leaseholders get the prompt-payment discount (Lambeth). */
  @Value.Default
  public boolean discountForResidentsOnly() {
    return false;
  }

  @Value.Check
  void check() {
    for (int i = 0; i < bands().size(); i++) {
      for (int j = i + 1; j < bands().size(); j++) {
        InstalmentBand a = bands().get(i);
        InstalmentBand b = bands().get(j);
        if (a.contains(b.from()) || b.contains(a.from())) {
          throw new IllegalArgumentException(
              "payment policy '"
                  + name()
                  + "': the bands starting at "
                  + a.from()
                  + " and "
                  + b.from()
                  + " overlap");
        }
      }
    }
  }
}
