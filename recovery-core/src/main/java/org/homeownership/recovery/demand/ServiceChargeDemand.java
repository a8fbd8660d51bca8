package org.homeownership.recovery.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A demand as served: what it asks for, what went with it, what it says about the landlord, and the
 * costs behind it. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ServiceChargeDemand {

  ServiceChargeDemand() {}

  /** A new builder. */
  public static ImmutableServiceChargeDemand.Builder builder() {
    return ImmutableServiceChargeDemand.builder();
  }

  /** The account demanded from. */
  public abstract AccountId account();

  /** The demand's reference. */
  public abstract String reference();

  /** The day it was served on the tenant. */
  public abstract LocalDate servedOn();

  /** The service charge it demands; zero if none. */
  @Value.Default
  public Money serviceCharge() {
    return Money.ZERO;
  }

  /** The administration charge it demands; zero if none. */
  @Value.Default
  public Money administrationCharge() {
    return Money.ZERO;
  }

  /** Whether the service charges summary of rights and obligations went with it (s.21B). */
  public abstract boolean serviceChargeSummaryEnclosed();

  /** Whether the administration charges summary went with it (CLRA 2002 Sch 11 para 4). */
  public abstract boolean administrationChargeSummaryEnclosed();

  /** The landlord's name as the demand gives it (LTA 1987 s.47). */
  public abstract Optional<String> landlordName();

  /** The landlord's address as the demand gives it (s.47). */
  public abstract Optional<PostalAddress> landlordAddress();

  /** Whether the landlord's address given is in England and Wales. */
  public abstract boolean landlordAddressInEnglandAndWales();

  /**
   * An address in England and Wales for service of notices given on the demand (s.47(1)(b), s.48),
   * if one is.
   */
  public abstract Optional<PostalAddress> addressForService();

  /** Whether an address for service in England and Wales was notified earlier (s.48). */
  public abstract boolean addressForServicePreviouslyNotified();

  /** The costs the service charge takes into account (for s.20B); empty for an estimate. */
  public abstract List<CostLine> costs();

  /** What was already demanded on account for these costs (Gilje v Charlegrove). */
  @Value.Default
  public Money demandedOnAccount() {
    return Money.ZERO;
  }

  @Value.Check
  void check() {
    if (serviceCharge().isNegative() || administrationCharge().isNegative()) {
      throw new IllegalArgumentException("demand " + reference() + " demands a negative amount");
    }
  }
}
