package org.homeownership.recovery.sundry;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.immutables.value.Value;

/**
 * A sundry invoice: a rechargeable repair, legal costs or an administration charge. An
 * administration charge names its Sch 11 ground and records whether the administration charges
 * summary of rights and obligations was enclosed with the demand (LAW-AND-PRACTICE.md §1.6). Build
 * one with {@link #builder()}.
 */
@Value.Immutable
public abstract class SundryInvoice {

  SundryInvoice() {}

  /** A new builder. */
  public static ImmutableSundryInvoice.Builder builder() {
    return ImmutableSundryInvoice.builder();
  }

  /** The debtor's account. */
  public abstract AccountId account();

  /** The dwelling the invoice relates to. */
  public abstract DwellingId dwelling();

  /** The invoice number; unique across the council's sundry invoices. */
  public abstract String invoiceNumber();

  /** What the invoice is for. */
  public abstract SundryKind kind();

  /** What was done or charged for, as it reads on the invoice (no personal data). */
  public abstract String particulars();

  /** The amount invoiced; above zero. */
  public abstract Money amount();

  /** The day the invoice is raised. */
  public abstract LocalDate dateRaised();

  /** The day payment is due; not before {@link #dateRaised()}. */
  public abstract LocalDate dueDate();

  /** The period the invoice covers, if any. */
  public abstract Optional<DateRange> periodCovered();

  /** For an administration charge: the Sch 11 para 1 ground. Absent for other kinds. */
  public abstract Optional<AdministrationChargeGround> administrationChargeGround();

  /**
   * True if the demand was accompanied by the administration charges summary of rights and
   * obligations (CLRA 2002 Sch 11 para 4). Only meaningful for administration charges.
   */
  @Value.Default
  public boolean summaryOfRightsEnclosed() {
    return false;
  }

  @Value.Check
  void check() {
    if (invoiceNumber().isBlank()) {
      throw new IllegalArgumentException("invoiceNumber is blank");
    }
    if (particulars().isBlank()) {
      throw new IllegalArgumentException("particulars is blank");
    }
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("amount must be above zero, not " + amount());
    }
    if (dueDate().isBefore(dateRaised())) {
      throw new IllegalArgumentException(
          "dueDate " + dueDate() + " is before dateRaised " + dateRaised());
    }
    if (kind().isAdministrationCharge() && administrationChargeGround().isEmpty()) {
      throw new IllegalArgumentException(
          "administrationChargeGround is required for an administration charge");
    }
    if (!kind().isAdministrationCharge() && administrationChargeGround().isPresent()) {
      throw new IllegalArgumentException(
          "administrationChargeGround is given for a " + kind() + ", which is not one");
    }
  }
}
