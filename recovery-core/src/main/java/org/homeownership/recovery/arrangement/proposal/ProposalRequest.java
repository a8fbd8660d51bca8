package org.homeownership.recovery.arrangement.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.affordability.MonthlySurplus;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * What a proposal is for: the debt type and arrears, the ongoing charge each instalment must also
 * pay, the frequency and first date, the leaseholder's residency, and the debtor's surplus if an
 * income and expenditure statement was taken. The surplus is personal data and is redacted from
 * {@code toString}.
 */
@Value.Immutable
public abstract class ProposalRequest {

  ProposalRequest() {}

  /** A new builder. */
  public static ImmutableProposalRequest.Builder builder() {
    return ImmutableProposalRequest.builder();
  }

  /** The debt type, which selects the council's terms. */
  public abstract DebtStream stream();

  /** Resident or non-resident leaseholder. */
  @Value.Default
  public Residency residency() {
    return Residency.RESIDENT;
  }

  /** The arrears to clear; above zero. */
  public abstract Money arrears();

  /** The ongoing charge each instalment also pays; zero if none. */
  @Value.Default
  public Money ongoingChargePerInstalment() {
    return Money.ZERO;
  }

  /** How often instalments fall due. */
  public abstract InstalmentFrequency frequency();

  /** The day the first instalment is due; the policy in force that day applies. */
  public abstract LocalDate firstInstalmentOn();

  /** The debtor's monthly surplus, if an income and expenditure statement was taken. */
  @Value.Redacted
  public abstract Optional<MonthlySurplus> surplus();

  @Value.Check
  void check() {
    if (!arrears().isPositive()) {
      throw new IllegalArgumentException("arrears must be above zero, not " + arrears());
    }
    if (ongoingChargePerInstalment().isNegative()) {
      throw new IllegalArgumentException(
          "ongoingChargePerInstalment must not be negative, not " + ongoingChargePerInstalment());
    }
  }
}
