package org.homeownership.recovery.sundry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.demand.Verdict;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sundry invoices and the CLRA 2002 Sch 11 para 4 summary of rights (LAW-AND-PRACTICE.md §1.6). */
class SundryBillingTest {

  private final SundryBilling billing = new SundryBilling();

  private static ImmutableSundryInvoice.Builder invoice(SundryKind kind) {
    return SundryInvoice.builder()
        .account(AccountId.of("SC-100234"))
        .dwelling(DwellingId.of("FLAT-7"))
        .invoiceNumber("SI-2026-0042")
        .kind(kind)
        .particulars("Replacement front door closer")
        .amount(Money.parse("86.40"))
        .dateRaised(LocalDate.of(2026, 3, 2))
        .dueDate(LocalDate.of(2026, 4, 1));
  }

  @ParameterizedTest(name = "{0} with ground {1}, summary enclosed {2} -> {3} as {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # kind                | ground      | summary | expected status              | charge type           | reason fragment
          RECHARGEABLE_REPAIR   |             | false   | COMPLIES                     | SUNDRY                | is a RECHARGEABLE_REPAIR, not an administration charge: CLRA 2002 Sch 11 para 4 does not apply
          LEGAL_COSTS           |             | false   | COMPLIES                     | COURT_COSTS           | is a LEGAL_COSTS, not an administration charge
          LEGAL_COSTS           |             | true    | COMPLIES                     | COURT_COSTS           | Sch 11 para 4 does not apply
          ADMINISTRATION_CHARGE | LATE_PAYMENT | true   | COMPLIES                     | DEFAULT_ADMINISTRATION_CHARGE | (Sch 11 para 1(1)(c): failure to pay by the due date) and the demand says the administration charges summary of rights and obligations was enclosed
          ADMINISTRATION_CHARGE | LATE_PAYMENT | false  | WITHHELD                     | DEFAULT_ADMINISTRATION_CHARGE | demanded without the administration charges summary of rights and obligations: the tenant may withhold payment
          ADMINISTRATION_CHARGE | INFORMATION_OR_DOCUMENTS | false | WITHHELD         | ADMINISTRATION_CHARGE | Sch 11 para 1(1)(b): information or documents
          ADMINISTRATION_CHARGE | APPROVALS   | true    | COMPLIES                     | ADMINISTRATION_CHARGE | Sch 11 para 1(1)(a)
          ADMINISTRATION_CHARGE | BREACH_OF_COVENANT | true | COMPLIES               | ADMINISTRATION_CHARGE | Sch 11 para 1(1)(d)
          """)
  void summaryOfRightsMatrix(
      SundryKind kind,
      AdministrationChargeGround ground,
      boolean summaryEnclosed,
      Verdict expected,
      ChargeType chargeType,
      String reason) {
    ImmutableSundryInvoice.Builder builder = invoice(kind).summaryOfRightsEnclosed(summaryEnclosed);
    if (ground != null) {
      builder.administrationChargeGround(ground);
    }

    SundryCharge result = billing.charge(builder.build());

    assertThat(result.summaryOfRights().verdict()).isEqualTo(expected);
    assertThat(result.summaryOfRights().amount())
        .isEqualTo(expected == Verdict.WITHHELD ? Money.parse("86.40") : Money.ZERO);
    assertThat(result.summaryOfRights().citation())
        .isEqualTo("CLRA 2002 Sch 11 para 4; LAW-AND-PRACTICE.md §1.6");
    assertThat(result.summaryOfRights().reasons()).singleElement().asString().contains(reason);
    assertThat(result.charge().chargeType()).isEqualTo(chargeType);
    assertThat(result.charge().amount()).isEqualTo(Money.parse("86.40"));
  }

  @Test
  void theChargeCarriesTheInvoiceFiguresAndADeterministicReference() {
    SundryInvoice invoice =
        invoice(SundryKind.RECHARGEABLE_REPAIR)
            .periodCovered(DateRange.inclusive(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
            .build();

    SundryCharge result = billing.charge(invoice);

    assertThat(result.charge().dateRaised()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(result.charge().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(result.charge().demandReference()).contains("SI-2026-0042");
    assertThat(result.charge().externalReference()).contains("SUN-SI-2026-0042");
    assertThat(billing.charge(invoice).charge()).isEqualTo(result.charge());
    assertThat(result.explanation())
        .containsSubsequence(
            "Invoice SI-2026-0042 (Sundry charge): Replacement front door closer",
            "Period: 1 February 2026 to 28 February 2026",
            "Amount: £86.40",
            "Raised 2026-03-02, due 2026-04-01");
  }

  @Test
  void anAdministrationChargeMustNameItsGroundAndOnlyItMay() {
    assertThatThrownBy(() -> invoice(SundryKind.ADMINISTRATION_CHARGE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("administrationChargeGround is required for an administration charge");
    assertThatThrownBy(
            () ->
                invoice(SundryKind.RECHARGEABLE_REPAIR)
                    .administrationChargeGround(AdministrationChargeGround.LATE_PAYMENT)
                    .build())
        .hasMessage(
            "administrationChargeGround is given for a RECHARGEABLE_REPAIR, which is not one");
    assertThatThrownBy(() -> invoice(SundryKind.LEGAL_COSTS).amount(Money.ZERO).build())
        .hasMessage("amount must be above zero, not 0.00");
    assertThatThrownBy(
            () -> invoice(SundryKind.LEGAL_COSTS).dueDate(LocalDate.of(2026, 3, 1)).build())
        .hasMessage("dueDate 2026-03-01 is before dateRaised 2026-03-02");
  }

  @Test
  void onlyAdministrationChargesAreFlaggedAsSuch() {
    assertThat(SundryKind.ADMINISTRATION_CHARGE.isAdministrationCharge()).isTrue();
    assertThat(SundryKind.RECHARGEABLE_REPAIR.isAdministrationCharge()).isFalse();
    assertThat(SundryKind.LEGAL_COSTS.isAdministrationCharge()).isFalse();
  }
}
