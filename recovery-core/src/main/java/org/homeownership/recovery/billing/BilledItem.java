package org.homeownership.recovery.billing;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * One sum a billing run raises on an account: a service charge instalment, a balancing charge or
 * credit, a heating bill. Its {@link #key()} identifies the sum across runs (for example {@code
 * SC/2025-04-01/ESTIMATE/MAR-012/1}): a later run with the same key corrects it rather than adding
 * to it. A negative amount is a credit. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class BilledItem {

  BilledItem() {}

  /** A new builder. */
  public static ImmutableBilledItem.Builder builder() {
    return ImmutableBilledItem.builder();
  }

  /** The account billed. */
  public abstract AccountId account();

  /** The item's identity across runs; it becomes the ledger entry's external reference. */
  public abstract String key();

  /** What the sum is for. */
  public abstract ChargeType chargeType();

  /** The period it covers, if any. */
  public abstract Optional<DateRange> periodCovered();

  /**
   * The day it is raised, where it differs from the run's (a ground rent charge is raised on the
   * day its s.166 notice is given); corrections are raised on the run's day.
   */
  public abstract Optional<LocalDate> raisedOn();

  /** The day it falls due. */
  public abstract LocalDate dueDate();

  /** The reference of the demand it is billed on. */
  public abstract String demandReference();

  /** The amount billed; negative for a credit, such as a year-end balancing credit. */
  public abstract Money amount();

  /**
   * The item that posts {@code charge} as it is, keyed by its external reference: the bridge from
   * the billing calculators (heating, shared ownership rent, ground rent, sundry invoices), which
   * produce charges, to a billing run.
   *
   * @throws IllegalArgumentException if the charge has no external reference or demand reference
   */
  public static BilledItem of(AccountId account, Charge charge) {
    String key =
        charge
            .externalReference()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a charge billed in a run needs an external reference to key it"));
    return builder()
        .account(account)
        .key(key)
        .chargeType(charge.chargeType())
        .periodCovered(charge.periodCovered())
        .raisedOn(charge.dateRaised())
        .dueDate(charge.dueDate())
        .demandReference(
            charge
                .demandReference()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "charge " + key + " billed in a run needs a demand reference")))
        .amount(charge.amount())
        .build();
  }

  @Value.Check
  void check() {
    if (key().isBlank() || key().contains("#")) {
      throw new IllegalArgumentException(
          "billed item key '" + key() + "' is blank or contains '#', which marks corrections");
    }
    if (demandReference().isBlank()) {
      throw new IllegalArgumentException("billed item " + key() + " has a blank demand reference");
    }
  }
}
